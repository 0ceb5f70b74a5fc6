import { extractStatements, KnownSource } from './extract';

/**
 * Offices of state and of armed forces as wire copy names them, across many countries, probed with sentences
 * of our own (no corpus text). The corpus convention (test/fixtures/extraction/README.md): a person named in a
 * function of a known party speaks for it; an office of a country that is no party, an unnamed insider, a
 * region's governor when the desk knows only the nation's government, stay new sources.
 */
const gov = (id: string, name: string, aliases: string[] = []): KnownSource => ({ id, name, aliases, kind: 'government' });
const mil = (id: string, name: string, aliases: string[] = []): KnownSource => ({ id, name, aliases, kind: 'military' });
const armed = (id: string, name: string, aliases: string[] = []): KnownSource => ({ id, name, aliases, kind: 'armed_group' });

const DESKS: Record<string, KnownSource[]> = {
  ukraine: [gov('ua-gov', 'Ukrainian government', ['Kyiv']), mil('ua-mil', 'Ukrainian military', ['Armed Forces of Ukraine', 'General Staff']),
    gov('ru-gov', 'Russian government', ['Kremlin', 'Moscow']), mil('ru-mod', 'Russian defence ministry', ['Russian Ministry of Defence'])],
  israel: [mil('idf', 'Israeli military', ['IDF', 'Israel Defense Forces']), gov('il-gov', 'Israeli government', ['Israel']),
    armed('hamas', 'Hamas', ['Qassam Brigades']), gov('gaza-moh', 'Gaza health ministry', ['Health Ministry in Gaza']),
    armed('hezbollah', 'Hezbollah'), gov('lb-gov', 'Lebanese government', ['Lebanon'])],
  sahel: [gov('ml-gov', 'Malian government', ['Bamako', 'the transitional government']), mil('fama', 'Malian army', ['FAMa', 'Malian Armed Forces']),
    gov('bf-gov', 'Burkinabe government', ['Burkina Faso government']), gov('ne-gov', 'Nigerien government'), armed('jnim', 'JNIM')],
  sudan: [mil('saf', 'Sudanese army', ['SAF', 'Sudanese Armed Forces']), armed('rsf', 'RSF', ['Rapid Support Forces']), gov('sd-gov', 'Sudanese government')],
  congo: [gov('cd-gov', 'Congolese government', ['Kinshasa']), mil('fardc', 'Congolese army', ['FARDC']), armed('m23', 'M23', ['AFC']),
    gov('rw-gov', 'Rwandan government', ['Kigali'])],
  somalia: [gov('so-gov', 'Somali government'), mil('sna', 'Somali National Army', ['SNA']), armed('shabaab', 'al-Shabaab')],
  myanmar: [mil('mm-mil', 'Myanmar military', ['junta', 'Tatmadaw']), gov('nug', 'NUG', ['National Unity Government']), armed('kia', 'KIA', ['Kachin Independence Army'])],
  ethiopia: [gov('et-gov', 'Ethiopian government'), mil('endf', 'Ethiopian military', ['ENDF', 'Ethiopian National Defense Force']), armed('fano', 'Fano')],
  nigeria: [gov('ng-gov', 'Nigerian government', ['Abuja']), mil('ng-army', 'Nigerian military', ['Nigerian Army']), armed('iswap', 'ISWAP')],
  // A desk that knows a state's government and police beside the nation's.
  borno: [gov('ng-gov', 'Nigerian government', ['Abuja']), gov('borno', 'Borno state government'), mil('ng-army', 'Nigerian military', ['Nigerian Army']),
    { id: 'ng-police', name: 'Nigerian police', aliases: ['Nigeria Police Force'], kind: 'police' }, armed('iswap', 'ISWAP')],
  pakistan: [gov('pk-gov', 'Pakistani government'), mil('pk-mil', 'Pakistani military', ['ISPR', 'Pakistan Army']),
    gov('af-gov', 'Afghan government', ['Taliban government']), armed('ttp', 'TTP', ['Pakistani Taliban'])],
  groups: [gov('ye-gov', 'Yemeni government'), armed('houthis', 'Houthis', ['Ansar Allah']), armed('shabaab', 'al-Shabaab'), armed('boko', 'Boko Haram'),
    armed('eln', 'ELN', ['National Liberation Army']), armed('hamas', 'Hamas', ['Qassam Brigades']), armed('hezbollah', 'Hezbollah')],
  americas: [gov('co-gov', 'Colombian government'), mil('co-army', 'Colombian army'), armed('eln', 'ELN', ['National Liberation Army']),
    gov('mx-gov', 'Mexican government')],
};

/** The known party each statement is read as, or "new" for a source the desk does not have. */
const who = (desk: string, text: string) => extractStatements(text, DESKS[desk]).map((c) => c.sourceId ?? 'new');

describe('offices of state and of armed forces across countries', () => {
  it.each([
    // A ministry is not the ministry of another portfolio; a named person in a ministry the desk does not know speaks for
    // its country's government. The ministry in its own name is a new source, as the corpus annotates it.
    ['ukraine', 'Russian foreign ministry spokeswoman Maria Zakharova said the report was false.', ['ru-gov']],
    ['sudan', 'Sudanese foreign ministry spokesman Ali al-Sadiq said 60 villagers were killed.', ['sd-gov']],
    ['ukraine', 'Heorhiy Tykhyi, a spokesman for the Ukrainian foreign ministry, said 14 civilians were killed.', ['ua-gov']],
    ['ukraine', 'The Ukrainian foreign ministry said 14 civilians were killed.', ['new']],
    ['sudan', 'The Sudanese foreign ministry said 60 villagers were killed.', ['new']],
    ['ukraine', 'Russian Defence Minister Andrei Belousov said 40 drones were destroyed.', ['ru-mod']],
    // A minister is a member of the government, even of defence, even a general: the ministry alone may be a military party.
    ['israel', 'Israeli Defence Minister Yoav Gallant said the operation would go on.', ['il-gov']],
    ['sahel', "Niger's Interior Minister General Mohamed Toumba said 20 soldiers were killed.", ['ne-gov']],
    ['pakistan', "Pakistan's Defence Minister Khawaja Asif said the camps were destroyed.", ['pk-gov']],
    ['nigeria', "Nigeria's Defence Minister Mohammed Badaru said 30 fighters were killed.", ['ng-gov']],
    ['americas', 'Colombian Defence Minister Pedro Sanchez said 12 rebels were killed.', ['co-gov']],
    // Offices of state with a country, of every kind: prosecutors, ombudsmen, deputy and state ministers, ambassadors, heads of state.
    ['ukraine', "Ukraine's Prosecutor General Andriy Kostin said the missile was a cruise missile.", ['ua-gov']],
    ['ukraine', "Ukraine's human rights ombudsman Dmytro Lubinets said 11 prisoners were shot.", ['ua-gov']],
    ['ukraine', "Ukraine's deputy foreign minister Andrii Sybiha said the strike was deliberate.", ['ua-gov']],
    ['ukraine', 'Russian ambassador to Washington Anatoly Antonov said the strike hit fighters.', ['ru-gov']],
    ['ethiopia', "Ethiopia's State Minister of Foreign Affairs Misganu Arega said the region was calm.", ['et-gov']],
    ['ethiopia', 'Ethiopian Prime Minister Abiy Ahmed said the rebels had been routed.', ['et-gov']],
    ['israel', "Lebanon's caretaker Prime Minister Najib Mikati said 30 people were killed.", ['lb-gov']],
    ['israel', 'Lebanese Health Minister Firass Abiad said 30 people were killed.', ['lb-gov']],
    ['congo', "Congo's Communications Minister Patrick Muyaya said the town was retaken.", ['cd-gov']],
    ['congo', 'Rwandan government spokeswoman Yolande Makolo said the claims were false.', ['rw-gov']],
    ['congo', "Rwanda's foreign minister Olivier Nduhungirehe said no troops had crossed.", ['rw-gov']],
    ['somalia', "Somalia's Information Minister Daud Aweis said 40 militants were killed.", ['so-gov']],
    ['somalia', "Somalia's national security adviser Hussein Sheikh-Ali said the base was retaken.", ['so-gov']],
    ['nigeria', "Nigeria's information minister Mohammed Idris said the bombing was a mistake.", ['ng-gov']],
    ['americas', "Mexico's Security Secretary Omar Garcia Harfuch said 14 gunmen were arrested.", ['mx-gov']],
    ['americas', "Colombia's ombudswoman Iris Marin said 80 people had fled.", ['co-gov']],
    ['pakistan', 'Taliban government spokesman Zabihullah Mujahid said the strikes killed civilians.', ['af-gov']],
    ['sahel', 'The Malian ambassador to the United Nations, Issa Konfourou, said the mission had failed.', ['ml-gov']],
    ['sahel', "Mali's junta leader Colonel Assimi Goita said the attack was repelled.", ['ml-gov']],
    ['sahel', "Niger's head of state, General Abdourahamane Tiani, said 20 soldiers died.", ['ne-gov']],
    ['sahel', "Burkina Faso's transitional president, Captain Ibrahim Traore, said 100 people died.", ['bf-gov']],
    ['sahel', "General Abdourahamane Tiani, the head of Niger's junta, said 20 soldiers were killed.", ['ne-gov']],
    ['sahel', "Mali's interim leader Colonel Assimi Goita said the attack was repelled.", ['ml-gov']],
    // A particle inside a name is part of it.
    ['sahel', "Burkina Faso's Prime Minister Apollinaire Joachim Kyelem de Tambela said 100 people died.", ['bf-gov']],
    ['ukraine', "The head of Ukraine's presidential office, Andriy Yermak, said the village was mourning.", ['ua-gov']],
    ['ukraine', 'Russian Deputy Foreign Minister Sergei Ryabkov said the talks were over.', ['ru-gov']],
    // A country's service branch or chief of staff is its military, not its government.
    ['ukraine', "Ukraine's air force said it shot down 12 drones.", ['ua-mil']],
    ['ukraine', 'The Ukrainian navy said it sank a landing ship.', ['ua-mil']],
    ['ukraine', "Ukraine's national guard said it repelled an assault.", ['ua-mil']],
    ['nigeria', 'Nigerian Air Force spokesman Air Commodore Edward Gabkwet said the jets hit a camp.', ['ng-army']],
    // The desk's one military party of the country, whatever it is named ("Russian defence ministry").
    ['ukraine', "Russia's chief of general staff, General Valery Gerasimov, said the offensive went to plan.", ['ru-mod']],
    ['ukraine', "Ukraine's ground forces commander Mykhailo Drapatyi said the line held.", ['ua-mil']],
    ['ukraine', "Ukraine's chief of the general staff, Lieutenant General Anatoliy Barhylevych, said the line held.", ['ua-mil']],
    ['sahel', 'The Malian chief of general staff, General Oumar Diarra, said the situation was under control.', ['fama']],
    ['sahel', "Mali's air force said it destroyed two terrorist bases.", ['fama']],
    ['sudan', 'The Sudanese air force said it struck RSF positions.', ['saf']],
    ['sudan', "Sudan's army chief General Abdel Fattah al-Burhan said the village was attacked.", ['saf']],
    ['israel', "Israel's military chief of staff, Lieutenant General Herzi Halevi, said the raid was a success.", ['idf']],
    ['ethiopia', "Ethiopia's army chief Field Marshal Birhanu Jula said the rebels fled.", ['endf']],
    ['pakistan', "Pakistan's army chief General Asim Munir said the militants would be hunted down.", ['pk-mil']],
    ['americas', "Colombia's army commander General Luis Emilio Cardozo said 12 rebels were killed.", ['co-army']],
    ['somalia', 'Somali army commander Brigadier General Mohamed Tahlil Bihi said 40 militants were killed.', ['sna']],
    ['congo', 'FARDC spokesman General Sylvain Ekenge said the rebels had fled.', ['fardc']],
    ['nigeria', 'Chief of Defence Staff General Christopher Musa said 30 fighters were killed.', ['ng-army']],
    // A named person in a function of an armed group speaks for it; so do its leaders.
    ['sudan', 'RSF adviser Mustafa Mohamed Ibrahim said the army had attacked first.', ['rsf']],
    ['sudan', 'Rapid Support Forces deputy commander Abdelrahim Dagalo said his men killed no civilian.', ['rsf']],
    ['congo', 'M23 spokesman Lawrence Kanyuka said the army had shelled the camp.', ['m23']],
    ['somalia', "Al-Shabaab's military operations spokesman Abdiasis Abu Musab said 40 soldiers were killed.", ['shabaab']],
    ['myanmar', 'NUG foreign minister Zin Mar Aung said 60 people were killed.', ['nug']],
    ['myanmar', "The junta's deputy information minister Major General Zaw Min Tun said the strike hit fighters.", ['mm-mil']],
    ['ethiopia', 'Fano spokesman Yohannes Nigussie said 50 soldiers were killed.', ['fano']],
    ['americas', 'ELN commander Antonio Garcia said the soldiers had attacked first.', ['eln']],
    ['israel', 'Hezbollah official Mahmoud Qmati said the strike killed civilians.', ['hezbollah']],
    ['groups', 'Houthi military spokesman Yahya Saree said the ship was hit.', ['houthis']],
    ['groups', 'Al-Shabaab spokesman Sheikh Ali Dhere said 40 soldiers were killed.', ['shabaab']],
    ['groups', 'Boko Haram leader Abubakar Shekau said his fighters attacked the town.', ['boko']],
    ['groups', 'ELN negotiator Pablo Beltran said the talks were over.', ['eln']],
    ['groups', "Hamas's armed wing spokesman Abu Obeida said three hostages were killed.", ['hamas']],
    ['groups', "Hezbollah's deputy leader Naim Qassem said the strike killed civilians.", ['hezbollah']],
    ['groups', 'Mohammed Ali al-Houthi, a senior Houthi official, said the ship was hit.', ['houthis']],
    ['groups', "Ansar Allah's political bureau member Mohammed al-Bukhaiti said the ship was hit.", ['houthis']],
    // A medium a known party runs speaks for it.
    ['groups', 'The Houthi-run Saba news agency said 12 people were killed.', ['houthis']],
    ['groups', "Yemen's Information Minister Moammar al-Eryani said the Houthis lied.", ['ye-gov']],
    ['groups', 'Yemeni government officials said the Houthis lied.', ['ye-gov']],
    // A function in a country's body written after the name: the country's arm, its government's office.
    ['ukraine', "Yuriy Ihnat, a spokesman for Ukraine's air force, said 12 drones were downed.", ['ua-mil']],
    ['ukraine', "Oleksandr Syrskyi, the commander of Ukraine's armed forces, said the line held.", ['ua-mil']],
    ['ukraine', "Maria Zakharova, a spokeswoman for Russia's foreign ministry, said the report was false.", ['ru-gov']],
    ['ukraine', "Andriy Kostin, Ukraine's prosecutor general, said the missile was a cruise missile.", ['ua-gov']],
    ['congo', "Sylvain Ekenge, spokesman for Congo's army, said the rebels fled.", ['fardc']],
    ['israel', "Daniel Hagari, the chief spokesman for Israel's military, said the strike hit militants.", ['idf']],
    ['pakistan', "Ahmed Sharif Chaudhry, director general of Pakistan's military media wing, said 12 militants were killed.", ['pk-mil']],
    ['sudan', "Khalid al-Aiser, Sudan's minister of culture and information, said 100 were killed.", ['sd-gov']],
    // A country's bodies in their own name: a head's office is the government; its military, whatever the desk names it.
    ['ukraine', "Ukraine's presidential office said 12 people were killed.", ['ua-gov']],
    ['israel', "The Israeli prime minister's office said the army was investigating.", ['il-gov']],
    ['sahel', "Mali's transitional authorities said 20 soldiers were killed.", ['ml-gov']],
    ['sudan', "Sudan's Sovereign Council said 100 villagers were killed.", ['sd-gov']],
    ['ethiopia', "Ethiopia's federal government said the rebels fled.", ['et-gov']],
    ['ukraine', 'The Russian military said the strike hit a military target.', ['ru-mod']],
    ['somalia', "Somalia's military said 40 militants were killed.", ['sna']],
    ['somalia', 'Somali military officials said 40 militants were killed.', ['sna']],
    ['nigeria', "Nigeria's Defence Headquarters said 30 fighters were killed.", ['ng-army']],
    // With several governments known, a title without a country is the one of the country the narration named last, else the dateline's.
    ['ukraine', 'Kyiv said the strike hit a school. Interior Minister Ihor Klymenko said 12 people were killed.', ['ua-gov', 'ua-gov']],
    ['ukraine', 'KYIV, March 3 (Reuters) - Deputy Prime Minister Olha Stefanishyna said 12 people were killed.', ['ua-gov']],
    ['ukraine', 'MOSCOW, March 3 (Reuters) - Foreign Minister Sergei Lavrov said the strike hit fighters.', ['ru-gov']],
    ['sahel', 'BAMAKO, Sept 17 (Reuters) - Government spokesman Colonel Abdoulaye Maiga said 20 soldiers were killed.', ['ml-gov']],
    ['congo', 'KINSHASA, Jan 27 (Reuters) - Prime Minister Judith Suminwa said the rebels were Rwandan troops.', ['cd-gov']],
    ['congo', 'KINSHASA, Jan 27 (Reuters) - Kigali said the claims were false. Foreign Minister Olivier Nduhungirehe said no troops had crossed.', ['rw-gov', 'rw-gov']],
    ['pakistan', 'ISLAMABAD, Oct 12 (Reuters) - Information Minister Attaullah Tarar said the strikes hit militant camps.', ['pk-gov']],
    ['pakistan', 'KABUL, Oct 12 (Reuters) - Deputy government spokesman Hamdullah Fitrat said 10 civilians were killed.', ['af-gov']],
    ['pakistan', 'PESHAWAR, Pakistan (Reuters) - Information Minister Attaullah Tarar said 12 militants were killed.', ['pk-gov']],
    // A party heard or named in the text outweighs the dateline; a city that is no capital names no country.
    ['ukraine', 'KYIV (Reuters) - Russia said it hit a military target. Foreign Minister Sergei Lavrov said the strike was lawful.', ['ru-gov', 'ru-gov']],
    ['sahel', "BAMAKO (Reuters) - Burkina Faso's government said 100 people died. Prime Minister Apollinaire Kyelem de Tambela said the army would respond.", ['bf-gov', 'bf-gov']],
    ['congo', 'GOMA, Jan 27 (Reuters) - Government spokesman Patrick Muyaya said the rebels were Rwandan troops.', ['new']],
    // No country in the phrase, none named, no dateline: no guess among several governments.
    ['ukraine', 'Interior Minister Ihor Klymenko said 12 people were killed.', ['new']],
    // An office of a country that is no party stays new.
    ['ukraine', 'British Foreign Secretary David Lammy said the strike was a war crime.', ['new']],
    ['sahel', 'French Foreign Minister Jean-Noel Barrot said the mission had ended.', ['new']],
    ['congo', 'UN envoy Bintou Keita said 100 people had been killed.', ['new']],
    // An anonymous official of a known body speaks as that body (heldout/README.md), a security official as the country's government.
    ['sudan', 'An RSF adviser said the army had attacked first.', ['rsf']],
    ['sudan', 'A senior military official said the village had been retaken.', ['saf']],
    ['ukraine', 'A senior Ukrainian military official said the line held.', ['ua-mil']],
    ['pakistan', 'A Pakistani security official said 12 militants were killed.', ['pk-gov']],
    ['israel', 'A Hezbollah commander said the strike killed civilians.', ['hezbollah']],
    ['groups', 'A Houthi official said the ship was hit.', ['houthis']],
    ['groups', 'A Yemeni government official said the Houthis lied.', ['ye-gov']],
    // A region's governor or a city's mayor is no office of the nation's government.
    ['sudan', 'The governor of North Darfur state said 100 people were killed.', ['new']],
    ['ukraine', 'Kharkiv regional governor Oleh Syniehubov said 12 people were killed.', ['new']],
    ['ukraine', 'Kharkiv Mayor Ihor Terekhov said 12 people were killed.', ['new']],
    ['nigeria', 'Borno State Governor Babagana Zulum said 30 farmers were killed.', ['new']],
    ['americas', 'Sinaloa Governor Ruben Rocha said 14 people were killed.', ['new']],
    ['ethiopia', 'Amhara regional president Arega Kebede said the roads were closed.', ['new']],
    // A hospital's director is no party's.
    ['israel', 'Mohammed Abu Salmiya, director of al-Shifa hospital, said 30 bodies had arrived.', ['new']],
    ['nigeria', 'Dr Aminu Bello, director of the Maiduguri teaching hospital, said 30 bodies had arrived.', ['new']],
    // A region's governor is the region's government when the desk knows it; a place's police, the desk's one police.
    ['borno', 'Borno State Governor Babagana Zulum said 30 farmers were killed.', ['borno']],
    ['borno', 'The Borno governor said 30 farmers were killed.', ['borno']],
    ['borno', 'Borno state information commissioner Usman Tar said 30 farmers were killed.', ['borno']],
    ['borno', 'Borno police commissioner Yusufu Lawal said 12 suspects were arrested.', ['ng-police']],
    ['borno', "Nigeria's police spokesman Olumuyiwa Adejobi said 12 suspects were arrested.", ['ng-police']],
    ['congo', 'North Kivu military governor Peter Cirimwami said the rebels fled.', ['new']],
    // A head's office or spokesperson speaks as the head named before.
    ['israel', 'Israeli Prime Minister Benjamin Netanyahu said the strike was a mistake. Netanyahu\'s office said the army was investigating.', ['il-gov', 'il-gov']],
    ['borno', "President Bola Tinubu visited Maiduguri. Tinubu's spokesman Bayo Onanuga said the attackers would be found.", ['ng-gov']],
    // A lawmaker of an armed group's party is the group's; a minister of the ministry the desk names as a party is the ministry's.
    ['israel', 'Hezbollah lawmaker Hassan Fadlallah said the strike killed civilians.', ['hezbollah']],
    ['ukraine', "Russia's Deputy Defence Minister Alexander Fomin said the talks were over.", ['ru-mod']],
    // The health ministry the desk knows as its own party still speaks as itself.
    ['israel', "The Gaza health ministry's director general, Munir al-Bursh, said 45 people were killed.", ['gaza-moh']],
    ['israel', "The director of Gaza's health ministry, Munir al-Bursh, said 45 people were killed.", ['gaza-moh']],
    // A minister of another country's health is not that ministry's.
    ['israel', 'Palestinian Health Minister Majed Abu Ramadan said 30 people were killed.', ['new']],
  ])('%s: %s', (desk, text, expected) => {
    expect(who(desk, text)).toEqual(expected);
  });
});
