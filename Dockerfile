# Multi-stage image for the standalone server (see "Deployment" in README.md).
# Build: docker build --build-arg NODE_VERSION=$(cat .nvmrc) --build-arg BUILD_COMMIT=$(git rev-parse HEAD) \
#          --build-arg SITE_URL=https://example.org --build-arg CORRECTIONS_EMAIL=corrections@example.org -t health-answers .
# Run:   docker run -p 3000:3000 -e REDIS_URL=redis://cache:6379 health-answers

# The Node.js version lives in .nvmrc alone (scripts/with-node.sh and the workflow read it too).
ARG NODE_VERSION

FROM node:${NODE_VERSION:?}-bookworm-slim AS deps
WORKDIR /app
# patches/ fix measured costs in contentlayer2; npm ci applies them (postinstall).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN node --version && npm ci --no-audit --no-fund

FROM node:${NODE_VERSION:?}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The image has no .git: the commit for /api/health comes in as a build argument.
ARG BUILD_COMMIT=unknown
# Fixed when the site is built (.env.example): every page, feed and the sitemap are written with them
# and the server keeps them. Empty means the default.
ARG SITE_URL=
ARG CORRECTIONS_EMAIL=
ARG PRERENDER_LIMIT=
ENV BUILD_COMMIT=$BUILD_COMMIT SITE_URL=$SITE_URL CORRECTIONS_EMAIL=$CORRECTIONS_EMAIL PRERENDER_LIMIT=$PRERENDER_LIMIT
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:${NODE_VERSION:?}-bookworm-slim AS run
WORKDIR /app
# Read at start (docker run -e, see .env.example): REDIS_URL, REDIS_KEY_PREFIX, FEEDBACK_*, PAGE_CACHE_MB,
# PAGE_CACHE_SECONDS, LOG_LEVEL, SHUTDOWN_TIMEOUT_SECONDS, OTEL_*, PORT, HOSTNAME. The build's settings
# are in build-settings.json. `docker stop` sends SIGTERM: the server finishes requests in flight first.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app
# .next/standalone already holds runtime/start.mjs (Next's server.js behind the request pipeline), the
# traced node_modules, the content index, the compiled questions, public/ and .next/static
# (scripts/prepare-standalone.ts).
COPY --from=build --chown=app:app /app/.next/standalone ./
USER app
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "runtime/start.mjs"]
