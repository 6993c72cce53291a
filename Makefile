# Two commands matter: `make run` and `make test`. Both start PostgreSQL themselves when
# DATABASE_URL is unset (a private cluster, never the system one).

.PHONY: run test build check fmt lint sqlx-prepare db-start db-stop clean-data help bench-submissions

# The private development cluster used by `make run` (kept between runs).
DEV_PG_DIR  ?= data/postgres
DEV_PG_PORT ?= 54329

help:
	@echo "make run           serve the demo at http://127.0.0.1:8080 (starts PostgreSQL, migrates, seeds)"
	@echo "make test          fmt check, clippy, every test (throwaway PostgreSQL)"
	@echo "make sqlx-prepare  refresh .sqlx/ after changing a query or migration"
	@echo "make db-start      start the development PostgreSQL; make db-stop stops it"
	@echo "make bench-submissions  load benchmark of project submissions (release build)"
	@echo "make bench-trust   timing of reset/link requests, image limits (release build)"
	@echo "make bench-assignment  judge assignment at 4,500 x 300 and 100,000 x 6,000 (release)"
	@echo "make bench-judging  the judges' panel at 64 concurrent judges (release build)"
	@echo "make bench-livestream  winners page and run of show vs nginx, 500 overlays (release)"
	@echo "make bench-exports  100,000 projects and 300,000 creators exported: first byte, total, RSS (release)"
	@echo "make bench-certificates  every certificate of ~4,500 creators into one zip: time, size, RSS (release)"
	@echo "make bench-spike   10,000 visitors right after the announcement, beside nginx (release)"
	@echo "make bench-faults  PostgreSQL restart and SMTP outage under load: nothing lost or doubled (release)"
	@echo "make bench-instances  two instances behind nginx: sessions, caches, jobs, overlay (release)"

run:
	@scripts/run.sh

test:
	@scripts/postgres.sh with-temp scripts/test.sh

build:
	SQLX_OFFLINE=true cargo build --workspace

check:
	SQLX_OFFLINE=true cargo check --workspace --all-targets

fmt:
	cargo fmt --all

lint:
	cargo fmt --all -- --check
	SQLX_OFFLINE=true cargo clippy --workspace --all-targets -- -D warnings

sqlx-prepare:
	@scripts/postgres.sh with-temp scripts/sqlx-prepare.sh

# Benchmarks (not tests): figures, not pass/fail. CREATORS=64 by default.
bench-submissions:
	@scripts/postgres.sh with-temp bench/run-submissions.sh

db-start:
	@scripts/postgres.sh start $(DEV_PG_DIR) $(DEV_PG_PORT)
	@echo "DATABASE_URL=$$(scripts/postgres.sh url $(DEV_PG_DIR) $(DEV_PG_PORT))"

db-stop:
	@scripts/postgres.sh stop $(DEV_PG_DIR)

clean-data: db-stop
	rm -rf data

# Gallery load benchmark: 100,000 published projects, release build, wrk at 64 connections
# against the gallery, search, facets, a project page and a static nginx copy (the ceiling).
# Writes bench/results/gallery-<date>.md. PROJECTS, CONNECTIONS, DURATION: see the script.
bench-gallery:
	@bench/run-gallery.sh
.PHONY: bench-gallery

# Figures for the trust fixes: reset/sign-in-link timing for known and unknown addresses,
# image uploads refused from their header and processed within memory limits.
bench-trust:
	@bench/run-trust.sh
.PHONY: bench-trust

# Judge assignment (the min-cost flow) on synthetic events: time and peak memory.
bench-assignment:
	@SQLX_OFFLINE=true cargo bench -p showcase-server --bench assignment -- both
.PHONY: bench-assignment

# The judges' panel: "next project" and "save score" at 64 concurrent judges.
# Writes bench/results/judging-<date>.md. JUDGES, PROJECTS, SECONDS_RUN: see the script.
bench-judging:
	@bench/run-judging.sh
.PHONY: bench-judging

# The announcement: the winners page and the run of show JSON at 64 connections beside
# nginx serving the same bytes, and 500 overlays following the control page.
# Writes bench/results/livestream-<date>.md. CONNECTIONS, OVERLAYS, STEPS: see the script.
bench-livestream:
	@bench/run-livestream.sh
.PHONY: bench-livestream

bench-exports:
	@bench/run-exports.sh
.PHONY: bench-exports

.PHONY: bench-certificates
# Certificates: the bulk zip for about 4,500 creators (PROJECTS=1900 published projects),
# time, throughput, size and RSS; 50 on-demand downloads. Writes bench/results/certificates-<date>.md.
bench-certificates:
	@bench/run-certificates.sh

# The announcement spike: 10,000 visitors arriving over a few minutes on the winners page,
# the gallery and project pages, beside nginx serving static copies of the same pages.
# Writes bench/results/spike-<date>.md. VISITORS, RAMP_SECS, STEADY_SECS: see the script.
bench-spike:
	SQLX_OFFLINE=true cargo build --release -p showcase-server
	@bench/run-spike.sh
.PHONY: bench-spike

# Faults under load: PostgreSQL restarted, the SMTP server stopped for a minute (and
# Meilisearch, when configured) while creators submit, judges score and visitors browse;
# then nothing acknowledged is lost and every email arrives once. bench/results/faults-<date>.md.
bench-faults:
	@bench/run-faults.sh
.PHONY: bench-faults

# Two instances behind nginx (round robin) on one PostgreSQL: sessions, cache freshness,
# jobs exactly once, the overlay across instances. bench/results/instances-<date>.md.
bench-instances:
	@bench/run-instances.sh
.PHONY: bench-instances
