/// <reference lib="webworker" />
/**
 * The service worker (built by `serwist build` after `next build`, see serwist.config.mjs, into
 * public/sw.js). Installing it precaches the whole course: every prerendered page (lessons, module
 * quizzes, exam, review, playground, progress), every static chunk (the terminal and simulator
 * included), diagrams, the search index and the question bank. So after one online visit, lessons,
 * terminal, quizzes and the exam work offline; progress lives in localStorage anyway.
 *
 * Never cached: /api/** (workshop route handlers and server-sent events go straight to the network:
 * no route matches them, so the worker does not even call respondWith) and the instructor's
 * workshop pages. Other same-origin pages visited online are kept (network first) for offline use.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type RouteMatchCallbackOptions } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: Array<PrecacheEntry | string> | undefined };

const sameOrigin = ({ url }: RouteMatchCallbackOptions) => url.origin === self.location.origin;
const neverCached = (pathname: string) => pathname.startsWith('/api/') || pathname.startsWith('/workshop');

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4, ignoreURLParametersMatching: [/.*/] },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: (o) => sameOrigin(o) && o.url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: 'static', plugins: [new ExpirationPlugin({ maxEntries: 400 })] }),
    },
    {
      // Client-side navigations fetch the next page's RSC payload; offline, Next falls back to a full
      // navigation, which the precache answers.
      matcher: (o) => sameOrigin(o) && !neverCached(o.url.pathname) && o.request.headers.get('RSC') === '1',
      handler: new NetworkFirst({ cacheName: 'rsc', networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({ maxEntries: 200 })] }),
    },
    {
      matcher: (o) => sameOrigin(o) && !neverCached(o.url.pathname) && o.request.mode === 'navigate',
      handler: new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({ maxEntries: 100 })] }),
    },
  ],
});

/**
 * A Web Worker's script (the simulator's) answered with a cached response would take that response's
 * URL as its own location, which has lost the `#params=…` fragment Turbopack's worker bootstrap reads
 * its chunk list from ("Missing worker bootstrap config", offline). A response built here has no URL
 * of its own, so the worker keeps the URL it was started with. Registered before Serwist's listener,
 * which it then keeps from answering the same request.
 */
self.addEventListener('fetch', (event) => {
  if (event.request.destination !== 'worker') return;
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const response = (await serwist.handleRequest({ request: event.request, event })) ?? (await fetch(event.request));
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    })(),
  );
});

serwist.addEventListeners();
