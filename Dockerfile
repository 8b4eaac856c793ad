# One image for the worker, the API (with the built panel) and the voice edge; the command picks the process.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY admin/package.json admin/package.json
RUN npm ci --no-audit --no-fund
COPY . .
# The offline schema-engine shim keeps `prisma generate/migrate` free of binary downloads.
RUN npx prisma generate && npm run build -w admin
ENV NODE_ENV=production
EXPOSE 3000 8080 3001
CMD ["node", "--import", "tsx", "api/server.ts"]
