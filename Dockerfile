# Builds the server without a database: queries are checked against the committed .sqlx/.
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
ENV SQLX_OFFLINE=true
COPY . .
RUN cargo build --release --locked --bin showcase-server --bin judge-cli

FROM debian:bookworm-slim
# fonts-noto-core and fonts-noto-cjk: the fonts certificates are set in.
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
        fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app showcase
WORKDIR /app
COPY --from=build /src/target/release/showcase-server /src/target/release/judge-cli /usr/local/bin/
COPY templates templates
COPY static static
COPY locales locales
RUN mkdir -p /app/data && chown showcase /app/data
USER showcase
ENV SHOWCASE_APPLICATION__HOST=0.0.0.0 \
    SHOWCASE_APPLICATION__ASSETS_DIR=/app \
    SHOWCASE_APPLICATION__DATA_DIR=/app/data \
    SHOWCASE_APPLICATION__LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD ["judge-cli", "ping", "--server", "http://127.0.0.1:8080"]
CMD ["showcase-server", "serve"]
