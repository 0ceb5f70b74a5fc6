import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AnyRole, CurrentDeskUser, DeskUser, Public, ViaSession } from '../auth/access.decorator';
import { AuthService } from '../auth/auth.service';
import { clearedSessionCookie, crossOrigin, secureCookie, sessionCookie } from '../auth/session';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { AppError } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { DeskAssets } from './desk-assets';
import { DeskService } from './desk.service';
import { DeskEventsQuery } from './dto/desk-events.query';
import { checked, field, filled, seeOther, sendPage } from './respond';
import { eventsPage } from './views/events.view';
import { signInPage } from './views/sign-in.view';

/**
 * Where to go after signing in: only a page of the desk, never another site (`//evil.example`), and
 * only printable ASCII, so the value is always a valid Location header.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/desk(?:[/?#][\x21-\x7e]*)?$/.test(next) ? next : '/desk';
}

/** The way in: sign-in and sign-out, the events list, the stylesheet. */
@ApiExcludeController()
@Controller()
@ViaSession()
export class DeskController {
  constructor(
    private readonly desk: DeskService,
    private readonly auth: AuthService,
    private readonly assets: DeskAssets,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Get()
  @Public()
  home(@Res() reply: FastifyReply): void {
    void reply.redirect('/desk', 302);
  }

  @Get('desk/assets/:name')
  @Public()
  asset(@Param('name') name: string, @Res() reply: FastifyReply): void {
    const asset = this.assets.get(name);
    if (!asset) throw AppError.notFound('asset', name);
    void reply.type(asset.type).header('Cache-Control', 'public, max-age=86400').header('X-Content-Type-Options', 'nosniff').send(asset.body);
  }

  @Get('desk/sign-in')
  @Public()
  signInForm(@Query('next') next: unknown, @Res() reply: FastifyReply): void {
    sendPage(reply, 200, signInPage(this.assets, safeNext(next), null));
  }

  @Post('desk/sign-in')
  @Public()
  async signIn(@Body() form: FormBody, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const next = safeNext(field(form, 'next'));
    // No session yet, so no form token: the Origin header is what keeps another site from signing a browser in.
    if (crossOrigin(request.headers.origin, request.host)) {
      return sendPage(reply, 403, signInPage(this.assets, next, 'This sign-in came from another site and was refused.'));
    }
    const key = field(form, 'key').trim();
    const actor = key ? await this.auth.actorForKey(key) : null;
    if (!actor) return sendPage(reply, 401, signInPage(this.assets, next, key ? 'This API key is unknown or revoked.' : 'Enter your API key.'));
    void reply.header('Set-Cookie', sessionCookie(key, secureCookie(this.env.deskSecureCookie, request.protocol)));
    seeOther(reply, next);
  }

  @Post('desk/sign-out')
  @AnyRole()
  signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    void reply.header('Set-Cookie', clearedSessionCookie(secureCookie(this.env.deskSecureCookie, request.protocol)));
    seeOther(reply, '/desk/sign-in');
  }

  @Get('desk')
  @AnyRole()
  async events(@Query() raw: Record<string, unknown>, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const query = await checked(DeskEventsQuery, filled(raw));
    sendPage(reply, 200, eventsPage(this.assets, user, query, await this.desk.eventSummaries(query)));
  }
}
