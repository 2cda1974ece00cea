# One image for every process of the shop: server, worker, the one-shot migration and the
# storefronts; compose.yaml picks the role with MEDUSA_WORKER_MODE and the command.
# Debian (glibc) rather than Alpine: the native modules in the lockfile ship glibc binaries.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY storefronts/package.json storefronts/package-lock.json storefronts/
COPY storefronts/shared/package.json storefronts/shared/
COPY storefronts/b2c/package.json storefronts/b2c/
COPY storefronts/b2b/package.json storefronts/b2b/
RUN npm install --no-audit --no-fund && npm install --prefix storefronts --no-audit --no-fund
COPY . .
# The backend and admin into .medusa/server, the storefronts into storefronts/*/dist.
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.medusa/server ./.medusa/server
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/storefronts/b2c/dist ./storefronts/b2c/dist
COPY --from=build /app/storefronts/b2b/dist ./storefronts/b2b/dist
# .data holds the step logs and the demo seed's summary (the storefronts' publishable keys).
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 9000 8000 8001
CMD ["node", "scripts/start-prod.js"]
