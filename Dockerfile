# The Newsgraph API image; the database runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY public ./public
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
# The API listens on loopback by default; in a container it must answer on the container's interface.
ENV HOST=0.0.0.0
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/public ./public
COPY package.json schema.graphql ./
COPY bin ./bin
COPY cypher ./cypher
COPY data ./data
COPY neo4j ./neo4j
USER node
EXPOSE 4000
CMD ["node", "bin/newsgraph.js", "start"]
