# AI-parathed as a container: docker build -t ai-parathed . && docker run -p 3000:3000 ai-parathed
# Settings by environment variable: README, "Running it as a service".

# 1. Dependencies, development ones included: the build needs them.
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY patches ./patches
RUN npm ci --ignore-scripts --no-audit --no-fund && npx patch-package

# 2. The build: Next's standalone server, the report thread and the server front (npm run build).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. What runs: the standalone folder only (no development dependencies, no sources), as a
#    user without rights to change it.
FROM node:20.20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
COPY --from=build --chown=root:root /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "main.cjs"]
