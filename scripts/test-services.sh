#!/usr/bin/env bash
# Installs the real service programs the tests start (an SMTP server, an OpenID Connect
# provider and an S3-compatible object store) into a virtualenv under target/, and prints
# its python.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/test-venv
if ! "$venv/bin/python" -c "import aiosmtpd, oidc_provider_mock, moto.server" >/dev/null 2>&1; then
    python3 -m venv "$venv" >&2 || {
        echo "python3 -m venv failed: install python3-venv (apt-get install python3-venv)" >&2
        exit 1
    }
    "$venv/bin/pip" install --quiet --disable-pip-version-check "aiosmtpd==1.4.6" "oidc-provider-mock==0.3.4" "moto[server]==5.1.22" >&2
fi
echo "$PWD/$venv/bin/python"
