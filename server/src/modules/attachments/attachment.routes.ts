import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { SESSION_COOKIE, readCookie } from '../../platform/auth/session-token';
import { unauthenticated } from '../../platform/graphql/errors';
import { sendError } from '../../platform/http/send-error';
import type { User } from '../users/user.entity';
import type { Services } from '../../context';
import { declaredType } from './attachment-type';
import { tooLarge } from './attachment.service';
import { AttachmentOwnerKind } from './attachment-owner';

const OWNER_PATHS: Record<string, AttachmentOwnerKind> = { 'work-orders': AttachmentOwnerKind.WORK_ORDER, tickets: AttachmentOwnerKind.TICKET };

/**
 * POST /attachments/work-orders/:id and /attachments/tickets/:id — the raw file as the body, its
 * type in Content-Type and its name (URI-encoded) in X-File-Name; answers 201 with the attachment.
 * GET /attachments/:id — the file, for whoever may see its work order or ticket.
 */
export function attachmentRoutes(services: Services, report: (error: unknown) => void): Router {
  const router = Router();
  const maxBytes = services.config.attachmentMaxBytes;
  const viewerOf = async (req: Request) => (await services.auth.userForToken(readCookie(req.headers.cookie, SESSION_COOKIE)))?.user ?? null;

  for (const [ownerPath, kind] of Object.entries(OWNER_PATHS)) {
    router.post(
      `/${ownerPath}/:id`,
      // Who is asking is settled before a byte of the body is read.
      async (req: Request, res: Response, next: NextFunction) => {
        res.locals.viewer = await viewerOf(req).catch((error: unknown) => {
          sendError(res, error, report);
          return undefined;
        });
        if (res.locals.viewer === null) sendError(res, unauthenticated(), report);
        else if (res.locals.viewer) next();
      },
      express.raw({ type: () => true, limit: maxBytes }),
      async (req: Request<{ id: string }>, res: Response<unknown, { viewer: User }>) => {
        try {
          const attachment = await services.attachments.upload(res.locals.viewer, kind, req.params.id, {
            fileName: decodeFileName(req.header('x-file-name')),
            contentType: declaredType(req.header('content-type'), decodeFileName(req.header('x-file-name'))),
            content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          });
          res.status(201).json({ attachment });
        } catch (error) {
          sendError(res, error, report);
        }
      },
      // The body parser refuses an oversize body before anything is read into the database.
      (error: unknown, _req: Request, res: Response, next: NextFunction) => {
        if (error instanceof Error && 'type' in error && error.type === 'entity.too.large') sendError(res, tooLarge(maxBytes), report);
        else next(error);
      },
    );
  }

  router.get('/:id', async (req: Request<{ id: string }>, res: Response) => {
    try {
      const file = await services.attachments.download(await viewerOf(req), req.params.id);
      // attachment() sets a type from the file name's extension: the checked type must come after it.
      res.attachment(file.fileName).type(file.contentType).set('X-Content-Type-Options', 'nosniff').send(file.content);
    } catch (error) {
      sendError(res, error, report);
    }
  });
  return router;
}

function decodeFileName(header: string | undefined): string {
  try {
    return decodeURIComponent(header ?? '');
  } catch {
    return '';
  }
}
