// A yoga plugin that serves the built front end (web/dist) for every GET outside the API.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function useStaticFiles(rootDir: string, reserved: string[]): Plugin {
  const root = path.resolve(rootDir);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (reserved.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) return;
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        endResponse(new fetchAPI.Response('Malformed path', { status: 400 }));
        return;
      }
      const wanted = path.resolve(root, `.${pathname}`);
      if (wanted !== root && !wanted.startsWith(root + path.sep)) return;
      const file = existsSync(wanted) && statSync(wanted).isFile() ? wanted : path.join(root, 'index.html');
      if (!existsSync(file)) {
        endResponse(new fetchAPI.Response('The front end is not built: run npm run build.', { status: 404 }));
        return;
      }
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      endResponse(
        new fetchAPI.Response(readFileSync(file), {
          status: 200,
          headers: {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        }),
      );
    },
  };
}
