/** Word lists the category facets read by (category-facets.ts): lower-case words and phrases, general to wire copy. */
/** Phrases (lower-case words) and the value they give; the longest phrase at a place wins. */
export const CAUSES: Array<[string, string]> = [
  ['drone strike', 'drone strike'], ['drone strikes', 'drone strike'], ['drone attack', 'drone strike'],
  ['air strike', 'air strike'], ['air strikes', 'air strike'], ['airstrike', 'air strike'], ['airstrikes', 'air strike'], ['air raid', 'air strike'],
  ['air raids', 'air strike'], ['aerial bombardment', 'air strike'], ['bombing raid', 'air strike'], ['warplane', 'air strike'], ['warplanes', 'air strike'],
  ['suicide bomber', 'suicide bomber'], ['suicide bombers', 'suicide bomber'], ['suicide bombing', 'suicide bomber'], ['suicide attack', 'suicide bomber'],
  ['car bomb', 'car bomb'], ['roadside bomb', 'ied'], ['improvised explosive device', 'ied'], ['ied', 'ied'], ['ieds', 'ied'], ['landmine', 'landmine'],
  ['shelled', 'shelling'], ['artillery fire', 'shelling'], ['artillery', 'shelling'], ['rocket', 'rocket'], ['rockets', 'rocket'], ['rocket fire', 'rocket'],
  ['missile', 'missile'], ['missiles', 'missile'], ['missile strike', 'missile'], ['gunfire', 'gunfire'], ['opened fire', 'gunfire'], ['shot dead', 'gunfire'],
  ['blew himself up', 'suicide bomber'], ['blew herself up', 'suicide bomber'], ['blew themselves up', 'suicide bomber'], ['blown up', 'explosives'], ['blew up', 'explosives'], ['blowing up', 'explosives'], ['detonated', 'explosives'], ['explosive charge', 'explosives'], ['explosives', 'explosives'],
  ['mortar', 'mortar'], ['mortars', 'mortar'], ['stampede', 'stampede'], ['explosive vest', 'suicide bomber'], ['suicide vest', 'suicide bomber'],
  ['air attack', 'air strike'], ['from the air', 'air strike'], ['shells', 'shelling'], ['mortar shells', 'mortar'],
  // General wire-copy names of the same causes.
  ['air attacks', 'air strike'], ['aerial attack', 'air strike'], ['aerial bombing', 'air strike'], ['barrel bomb', 'air strike'], ['barrel bombs', 'air strike'],
  ['drone strikes', 'drone strike'], ['drone attacks', 'drone strike'], ['kamikaze drone', 'drone strike'], ['kamikaze drones', 'drone strike'], ['loitering munition', 'drone strike'],
  ['artillery shelling', 'shelling'], ['artillery bombardment', 'shelling'], ['shellfire', 'shelling'], ['tank fire', 'shelling'], ['artillery shells', 'shelling'],
  ['mortar fire', 'mortar'], ['mortar rounds', 'mortar'], ['mortar attack', 'mortar'],
  ['ballistic missile', 'missile'], ['ballistic missiles', 'missile'], ['cruise missile', 'missile'], ['cruise missiles', 'missile'], ['missile attack', 'missile'], ['missile strikes', 'missile'],
  ['rocket attack', 'rocket'], ['rocket attacks', 'rocket'],
  ['sniper fire', 'gunfire'], ['sniper', 'gunfire'], ['snipers', 'gunfire'], ['machine-gun fire', 'gunfire'], ['small arms fire', 'gunfire'], ['gunshots', 'gunfire'], ['gun attack', 'gunfire'], ['automatic weapons', 'gunfire'],
  ['car bombing', 'car bomb'], ['car bombs', 'car bomb'], ['truck bomb', 'car bomb'], ['booby trap', 'ied'], ['booby-trapped', 'ied'], ['landmines', 'landmine'], ['roadside bombs', 'ied'],
  ['grenade', 'grenade'], ['grenades', 'grenade'], ['been shot', 'gunfire'], ['were shot', 'gunfire'], ['was shot', 'gunfire'],
  ['drone struck', 'drone strike'], ['drone hit', 'drone strike'], ['drones struck', 'drone strike'], ['shooting', 'gunfire'],
  // "a bomb exploded", "a bomb went off": a bomb that blew up is explosives.
  ['bomb exploded', 'explosives'], ['bomb went off', 'explosives'], ['bombs exploded', 'explosives'], ['bombs went off', 'explosives'],
  ['bomb detonated', 'explosives'],
  // "was hit by a drone", "attacked with drones": the drone that struck is the cause.
  ['by a drone', 'drone strike'], ['by drones', 'drone strike'], ['with a drone', 'drone strike'], ['with drones', 'drone strike'],
  ['by an armed drone', 'drone strike'], ['with an armed drone', 'drone strike'],
  // Wounds and rounds name the gunfire they came from.
  ['gunshot', 'gunfire'], ['gunshot wounds', 'gunfire'], ['gunshot wound', 'gunfire'], ['bullet wounds', 'gunfire'], ['bullets', 'gunfire'], ['gunshots', 'gunfire'],
  ['aerial bombardments', 'air strike'],
  ['artillery barrage', 'shelling'], ['shelling', 'shelling'], ['rocket barrage', 'rocket'], ['hand grenade', 'grenade'],
  ['improvised explosive devices', 'ied'], ['bomb blast', 'explosives'], ['landmine blast', 'landmine'], ['land mine', 'landmine'], ['land mines', 'landmine'],
  ['suicide car bomb', 'car bomb'], ['suicide bombers', 'suicide bomber'], ['suicide bombings', 'suicide bomber'], ['suicide attacker', 'suicide bomber'],
  // Wire names of a bomb in a vehicle (hyphens are tokens of their own): "a vehicle-borne IED", "an explosives-laden truck".
  ['vehicle - borne improvised explosive device', 'car bomb'], ['vehicle - borne ied', 'car bomb'], ['vbied', 'car bomb'], ['vbieds', 'car bomb'],
  ['vehicle bomb', 'car bomb'], ['explosives - laden car', 'car bomb'], ['explosives - laden vehicle', 'car bomb'], ['explosives - laden truck', 'car bomb'],
  ['explosive - laden car', 'car bomb'], ['explosive - laden vehicle', 'car bomb'], ['bomb - laden car', 'car bomb'], ['booby - trapped car', 'car bomb'],
  // Fire that killed: "burned alive", "an arson attack". Houses set on fire in a raid are no cause of the deaths (the
  // raid's gunfire is), and "arson" against "gunfire" would be a false contradiction: setting fire names only who did it.
  ['burned alive', 'arson'], ['burnt alive', 'arson'], ['burned to death', 'arson'], ['burnt to death', 'arson'], ['arson attack', 'arson'],
  ['arson', 'arson'],
  // A blast of munitions kept in a depot, not fired at it: "ammunition stored at the base exploded".
  ['munitions stored', 'stored munitions'], ['ammunition stored', 'stored munitions'], ['stored munitions', 'stored munitions'], ['stored ammunition', 'stored munitions'],
  ['explosives stored', 'stored munitions'], ['weapons stored', 'stored munitions'],
  // A defending side's own interceptor that fell on the place: "not a missile but an air-defence interceptor".
  ['air defence', 'air defence'], ['air defense', 'air defence'], ['air - defence', 'air defence'], ['air - defense', 'air defence'], ['air defences', 'air defence'],
  ['air defenses', 'air defence'], ['interceptor', 'air defence'], ['interceptor missile', 'air defence'], ['anti - aircraft missile', 'air defence'],
  ['surface - to - air missile', 'air defence'], ['anti - aircraft fire', 'air defence'],
  // Jets named as what bombed: "Pakistani jets bombed homes", "fighter jets struck the town".
  // Not jets or aircraft alone: "a military aircraft was hit", "destroyed two fighter jets" name a target.
  ['jets bombed', 'air strike'], ['jet bombed', 'air strike'], ['jets struck', 'air strike'], ['jets pounded', 'air strike'],
  ['fighter jets bombed', 'air strike'], ['fighter jets struck', 'air strike'], ['fighter jets pounded', 'air strike'],
];
/** Causes said by a verb of harm itself ("had blown up the dam", "shelled the camps"): no other word of harm is needed. */
/** "fired" and "shot" begin a cause only where armed men fired them (menFired in phrases.ts), which is the harm itself. */
export const SELF_EVIDENT = new Set(['blown', 'blew', 'blowing', 'detonated', 'shelled', 'explosive', 'suicide', 'fired', 'shot', 'arson', 'burned', 'burnt']);
/** Words before an outcome or a situation that make it a wish, a plan or a hypothesis: "must be driven out". */
export const MODALS = new Set(['must', 'should', 'will', 'would', 'may', 'might', 'to', 'shall']);
/** Words that tie a weapon to the incident: harm, or firing it. */
export const FIRING = new Set(['dropped', 'drop', 'dropping', 'fell', 'fall', 'falling', 'fire', 'fired', 'firing', 'shoot', 'shot', 'launch', 'launched', 'strike', 'struck', 'striking', 'used', 'using', 'use']);
// A grenade "was thrown into the crowd", "hurled at the bus"; jets "bombed" a town.
export const IMPACT = new Set(['fired', 'fell', 'landed', 'exploded', 'hit', 'struck', 'launched', 'detonated', 'exploding', 'went', 'ripped', 'tore', 'thrown', 'threw', 'hurled', 'lobbed', 'tossed', 'bombed']);
/** The main weapon, when the text names one the cause does not already say. */
export const WEAPONS: Array<[string, string]> = [
  ['helicopter', 'helicopter'], ['helicopters', 'helicopter'], ['helicopter gunship', 'helicopter'], ['gunships', 'helicopter'], ['tochka-u', 'tochka-u'], ['tochka', 'tochka-u'],
  ['iskander', 'iskander'], ['drone', 'drone'], ['drones', 'drone'], ['rocket launchers', 'rocket launcher'], ['rocket launcher', 'rocket launcher'], ['mortar', 'mortar'], ['mortars', 'mortar'],
  ['cluster munitions', 'cluster munition'], ['glide bombs', 'glide bomb'], ['grad', 'grad'],
  ['himars', 'himars'], ['vilkha', 'vilkha'], ['smerch', 'smerch'], ['uragan', 'uragan'], ['kalibr', 'kalibr'], ['kinzhal', 'kinzhal'],
  ['shahed', 'shahed'], ['bayraktar', 'bayraktar'], ['scud', 'scud'], ['kh-22', 'kh-22'], ['kh-59', 'kh-59'], ['kh-55', 'kh-55'], ['onyx', 'onyx'], ['zircon', 'zircon'],
  ['atacms', 'atacms'], ['storm shadow', 'storm shadow'], ['tomahawk', 'tomahawk'], ['katyusha', 'katyusha'], ['neptune', 'neptune'], ['geran', 'geran'], ['lancet', 'lancet'], ['s-300', 's-300'], ['kh-101', 'kh-101'],
  // Not a bare "bomb": any aircraft or drone drops one, so it would stand against the platform named by another side.
  ['guided bomb', 'guided bomb'], ['guided bombs', 'guided bomb'], ['glide bomb', 'glide bomb'], ['guided aerial bomb', 'guided bomb'], ['guided aerial bombs', 'guided bomb'],
];
/** Named weapon systems: naming one says which weapon, with no other word of harm needed. */
export const NAMED_SYSTEMS = new Set(['scud', 'kh-22', 'kh-59', 'kh-55', 'onyx', 'zircon', 'atacms', 'storm shadow', 'tomahawk', 'katyusha', 'neptune', 'geran', 'tochka-u', 'iskander', 'grad', 'himars', 'vilkha', 'smerch', 'uragan', 'kalibr', 'kinzhal', 'shahed', 'bayraktar', 'lancet', 's-300', 'kh-101']);
/** A target is a place or a unit: the last word of what was attacked says whether it is one. */
export const PLACES = new Set(['airport', 'school', 'camp', 'camps', 'hospital', 'base', 'station', 'centre', 'center', 'barracks', 'market', 'village', 'town', 'convoy', 'checkpoint', 'dam', 'port', 'position', 'post', 'prison', 'mosque', 'church', 'building', 'headquarters', 'academy', 'beach', 'hotel', 'bridge', 'city', 'district', 'neighbourhood', 'courtyard', 'compound', 'shelter', 'airbase', 'garrison', 'outpost', 'positions',
  'mall', 'plant', 'factory', 'depot', 'warehouse', 'hall', 'square', 'shelters', 'stadium', 'university', 'clinic', 'hostel', 'restaurant', 'cafe', 'theatre', 'apartment', 'home', 'homes', 'house', 'houses',
  'buildings', 'schools', 'hospitals', 'markets', 'villages', 'towns', 'bases', 'mosques', 'churches', 'hotels', 'stations', 'checkpoints', 'posts', 'bridges']);
export const SITUATIONS: Array<[string, string]> = [
  ['under control', 'under_control'], ['fighting continued', 'fighting_ongoing'], ['fighting continues', 'fighting_ongoing'], ['fighting is ongoing', 'fighting_ongoing'],
  ['clashes continued', 'fighting_ongoing'], ['still fighting', 'fighting_ongoing'], ['fighting was still', 'fighting_ongoing'], ['clashes were ongoing', 'fighting_ongoing'],
  ['fighting went on', 'fighting_ongoing'], ['still be heard', 'fighting_ongoing'], ['still battling', 'fighting_ongoing'], ['are fighting', 'fighting_ongoing'],
  ['were fighting', 'fighting_ongoing'], ['continuing to shell', 'fighting_ongoing'], ['is secure', 'under_control'], ['was secure', 'under_control'],
  ['ended the siege', 'under_control'], ['siege had ended', 'under_control'], ['siege is over', 'under_control'], ['siege was over', 'under_control'],
  ['still held', 'fighting_ongoing'], ['still holding', 'fighting_ongoing'], ['remained calm', 'calm'], ['remains calm', 'calm'],
  ['calm has returned', 'calm'], ['calm had returned', 'calm'], ['calm returned', 'calm'], ['situation is calm', 'calm'], ['secured and calm', 'calm'], ['ended a siege', 'under_control'],
  ['regained control', 'under_control'], ['restored order', 'under_control'], ['order had been restored', 'under_control'], ['order has been restored', 'under_control'],
  // "had been "totally secured"", "survivors were still reporting gunfire", "There is shooting in the streets".
  ['totally secured', 'under_control'], ['fully secured', 'under_control'], ['been secured', 'under_control'], ['still reporting gunfire', 'fighting_ongoing'],
  ['still hearing gunfire', 'fighting_ongoing'], ['there is shooting', 'fighting_ongoing'], ['shooting is continuing', 'fighting_ongoing'], ['still shooting', 'fighting_ongoing'],
  ['calm had been restored', 'calm'], ['calm has been restored', 'calm'], ['calm was restored', 'calm'], ['still going on', 'fighting_ongoing'], ['fighting was going on', 'fighting_ongoing'], ['situation was calm', 'calm'], ['is now calm', 'calm'],
];
export const OUTCOMES: Array<[string, string]> = [
  ['repelled', 'repelled'], ['repulsed', 'repelled'], ['pushed back', 'repelled'], ['fought off', 'repelled'], ['beat back', 'repelled'], ['beaten back', 'repelled'],
  ['foiled', 'foiled'], ['thwarted', 'foiled'], ['successful', 'success'], ['success', 'success'], ['took control', 'success'],
  ['seized control', 'success'], ['liberated', 'success'], ['took full control', 'success'], ['taken full control', 'success'], ['take full control', 'success'], ['taken full control', 'success'], ['taken control', 'success'], ['driven out', 'repelled'], ['driven back', 'repelled'], ['drove back', 'repelled'], ['never taken', 'repelled'], ['completed their mission', 'success'], ['completed its mission', 'success'], ['drove out', 'repelled'], ['captured the', 'success'], ['overran', 'success'], ['took the', 'success'], ['partially', 'partial'],
  ['chased them away', 'repelled'], ['chased away', 'repelled'], ['chased them off', 'repelled'], ['drove them off', 'repelled'], ['driven off', 'repelled'],
  // 'had taken "complete control"', "successfully hit the target" ("had retaken the town" is no repelling: the attackers had held it).
  ['taken complete control', 'success'], ['took complete control', 'success'], ['seized complete control', 'success'], ['successfully hit', 'success'],
  ['successfully struck', 'success'], ['successfully targeted', 'success'],
  ['forced them to retreat', 'repelled'], ['forced to retreat', 'repelled'], ['forced them to withdraw', 'repelled'], ['routed', 'repelled'], ['put to flight', 'repelled'],
];
export const ATTACKING = new Set(['attack', 'target', 'strike', 'hit', 'bomb', 'shell', 'fire', 'storm', 'raid', 'pound', 'ambush']);
export const TARGETING = new Set(['target', 'attack', 'storm', 'raid', 'overrun']);
export const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'assault', 'raid', 'raids', 'offensive', 'bombing', 'shelling']);
export const RESPONSIBILITY = new Set(['responsibility', 'involvement', 'role', 'part']);
export const BY_AFTER = new Set(['dead', 'mined', 'planted', 'torched', 'burned', 'burnt', 'targeted', 'ambushed', 'stormed', 'looted', 'abducted', 'massacred', 'claimed', 'orchestrated', 'staged', 'out', 'fired', 'launched', 'conducted', 'perpetrated', 'committed', 'attack', 'strike', 'killed', 'executed', 'shot', 'sabotage', 'caused', 'struck', 'hit', 'bombed', 'shelled', 'destroyed']);
export const DENIED_BLAME = new Set(['responsibility', 'involvement', 'role', 'accusation', 'accusations', 'allegation', 'allegations', 'claims', 'charges', 'blame', 'part']);
/** Verbs of attack whose subject is the one who carried it out ("Russian troops had detonated the dam"). */
export const DOING = new Set(['open', 'overrun', 'overran', 'torch', 'raze', 'plant', 'detonate', 'blow', 'destroy', 'fire', 'strike', 'attack', 'shell', 'bomb', 'kill', 'target', 'launch', 'hit', 'carry', 'massacre', 'execute', 'shoot', 'storm', 'use', 'commit', 'pound', 'ambush', 'burn']);
export const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute']);
export const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor']);

export const HARM = new Set(['attack', 'attacking', 'point', 'scene', 'consistent', 'kill', 'die', 'dead', 'death', 'wound', 'injure', 'hit', 'strike', 'struck', 'destroy', 'damage', 'cause', 'caused', 'blame', 'responsible', 'victim', 'casualty', 'flatten', 'collapse', 'breach']);

/** Possessives of the speaker's own: "its forces", "our fighters", "12 of its fighters". */
export const OWN = new Set(['its', 'our']);
