#!/usr/bin/env python3
"""Checks docker-compose.yml against the server it runs.

  python3 scripts/check-compose.py              check docker-compose.yml
  python3 scripts/check-compose.py --self-test  prove that the checks catch mistakes

Every environment variable the compose file gives the `server` service must be a setting
the server reads: SHOWCASE_<SECTION>__<KEY> naming a field of the settings structs in
server/src/config.rs (the keys of server/config/defaults.toml are checked to be among
them), one of the aliases that file defines (DATABASE_URL, SHOWCASE_MEILI_URL, ...), the
settings file variable, or RUST_LOG (server/src/telemetry.rs). The server ignores any
other name without a word, so a misspelled setting would silently keep its default.
The other direction too: the database, SMTP and Meilisearch addresses must name this
file's postgres, mail and meilisearch services (their ports, credentials and key), and
Meilisearch's image must be MEILISEARCH_VERSION below.

Standard library only: the compose file is read by a small line-based reader that
understands block mappings (services, their keys, `environment:` as a mapping or a list)
and stops with an error on anything else it would have to guess about (tabs, flow
mappings, anchors, multi-line values). Exit status: 0 OK, 1 problems found, 2 a file
could not be read as expected.
"""

# The Meilisearch version the search contract suite passes against; the compose file's
# image must carry this tag.
MEILISEARCH_VERSION = "v1.50"

import argparse
import difflib
import re
import signal
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = "docker-compose.yml"
DEFAULTS = "server/config/defaults.toml"
CONFIG_RS = "server/src/config.rs"
TELEMETRY_RS = "server/src/telemetry.rs"

SERVER_SERVICE = "server"
POSTGRES_SERVICE = "postgres"
MAIL_SERVICE = "mail"
MEILI_SERVICE = "meilisearch"
MEILI_IMAGE = "getmeili/meilisearch"
POSTGRES_PORT = 5432  # the postgres image's port
MAIL_IMAGE = "maildev/maildev"
MAIL_SMTP_PORT = 1025  # maildev's SMTP port (its web page is on 1080)
MEILI_PORT = 7700  # the Meilisearch image's port


class Unreadable(Exception):
    """A file is not shaped the way this script understands; it must not guess."""


# --- the compose file -----------------------------------------------------------------


@dataclass
class Entry:
    value: str | None  # None: no value (passed through from the shell by compose)
    line: int


@dataclass
class Service:
    name: str
    line: int
    image: Entry | None = None
    environment: dict[str, Entry] = field(default_factory=dict)
    # Environment entries written twice (compose refuses them): (name, line).
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)


KEY_RE = re.compile(r"^([A-Za-z0-9_.-]+):(?:\s+(.*))?$")
ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def scalar(text: str, where: str) -> str | None:
    """The value of a one-line YAML scalar; refuses what it would have to guess about."""
    text = text.strip()
    if text == "" or text.startswith("#"):
        return None
    if text[0] == '"':
        out, i = [], 1
        escapes = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t"}
        while i < len(text) and text[i] != '"':
            if text[i] == "\\":
                if i + 1 >= len(text) or text[i + 1] not in escapes:
                    raise Unreadable(f"{where}: unsupported escape in a double-quoted value")
                out.append(escapes[text[i + 1]])
                i += 2
            else:
                out.append(text[i])
                i += 1
        if i >= len(text):
            raise Unreadable(f"{where}: unterminated double-quoted value")
        rest = text[i + 1 :].strip()
        if rest and not rest.startswith("#"):
            raise Unreadable(f"{where}: text after a quoted value")
        return "".join(out)
    if text[0] == "'":
        out, i = [], 1
        while True:
            j = text.find("'", i)
            if j < 0:
                raise Unreadable(f"{where}: unterminated single-quoted value")
            out.append(text[i:j])
            if text[j + 1 : j + 2] == "'":
                out.append("'")
                i = j + 2
                continue
            break
        rest = text[j + 1 :].strip()
        if rest and not rest.startswith("#"):
            raise Unreadable(f"{where}: text after a quoted value")
        return "".join(out)
    if text[0] in "{[|>&*!%@`":
        raise Unreadable(
            f"{where}: {text[0]!r} starts a value this reader does not understand "
            "(flow collection, block scalar, anchor, alias or tag); write a plain one-line value"
        )
    value = re.split(r"\s#", text, maxsplit=1)[0].rstrip()
    if ": " in value or value.endswith(":"):
        raise Unreadable(f"{where}: a plain value holds ': ' (quote it)")
    return value


def read_compose(text: str, name: str = COMPOSE) -> dict[str, Service]:
    """The services of a compose file: each one's image and environment, with lines."""
    lines = []  # (line number, indent, content) of every meaningful line
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if raw[indent] == "\t" or "\t" in raw[:indent]:
            raise Unreadable(f"{name}:{number}: a tab in the indentation")
        if indent == 0 and stripped in ("---", "..."):
            raise Unreadable(f"{name}:{number}: several YAML documents in one file")
        if stripped.startswith("<<") or re.search(r":\s+[&*]", stripped):
            raise Unreadable(f"{name}:{number}: YAML anchors, aliases and merges are not understood")
        lines.append((number, indent, stripped))

    def block(start: int, parent_indent: int) -> tuple[int, int]:
        """The end (exclusive) of the lines deeper than parent_indent from start, and their indent."""
        end = start
        while end < len(lines) and lines[end][1] > parent_indent:
            end += 1
        return end, (lines[start][1] if start < end else -1)

    services: dict[str, Service] | None = None
    i = 0
    while i < len(lines):
        number, indent, content = lines[i]
        if indent != 0:
            raise Unreadable(f"{name}:{number}: expected a top-level key")
        m = KEY_RE.match(content)
        if not m:
            raise Unreadable(f"{name}:{number}: expected `key:` at the top level")
        end, _ = block(i + 1, 0)
        if m.group(1) == "services":
            if m.group(2) and not m.group(2).startswith("#"):
                raise Unreadable(f"{name}:{number}: `services:` must be a block mapping")
            if services is not None:
                raise Unreadable(f"{name}:{number}: a second `services:`")
            services = read_services(lines, i + 1, end, name)
        i = end
    if services is None:
        raise Unreadable(f"{name}: no `services:` mapping")
    return services


def read_services(lines, start: int, end: int, name: str) -> dict[str, Service]:
    services: dict[str, Service] = {}
    if start == end:
        return services
    service_indent = lines[start][1]
    i = start
    while i < end:
        number, indent, content = lines[i]
        m = KEY_RE.match(content)
        if indent != service_indent or not m or (m.group(2) and not m.group(2).startswith("#")):
            raise Unreadable(f"{name}:{number}: expected a service name (`name:`) at indent {service_indent}")
        service = Service(m.group(1), number)
        if service.name in services:
            raise Unreadable(f"{name}:{number}: service {service.name!r} is defined twice")
        services[service.name] = service
        j = i + 1
        body_end = j
        while body_end < end and lines[body_end][1] > service_indent:
            body_end += 1
        if j < body_end:
            key_indent = lines[j][1]
            while j < body_end:
                knum, kind, kcontent = lines[j]
                km = KEY_RE.match(kcontent)
                if kind != key_indent or not km:
                    raise Unreadable(f"{name}:{knum}: expected a key of service {service.name!r} at indent {key_indent}")
                key = km.group(1)
                if key in service.keys:
                    raise Unreadable(f"{name}:{knum}: {service.name}.{key} is written twice")
                service.keys[key] = knum
                # Its value's lines: deeper ones, and a list may also sit at the key's indent.
                child_end = j + 1
                while child_end < body_end and (
                    lines[child_end][1] > key_indent
                    or (lines[child_end][1] == key_indent and lines[child_end][2].startswith("- "))
                ):
                    child_end += 1
                where = f"{name}:{knum}"
                if key == "image":
                    if child_end != j + 1:
                        raise Unreadable(f"{where}: `image:` must be a one-line value")
                    service.image = Entry(scalar(km.group(2) or "", where), knum)
                elif key == "environment":
                    if km.group(2) and not km.group(2).strip().startswith("#"):
                        raise Unreadable(f"{where}: `environment:` must be a block (mapping or list), not {km.group(2)!r}")
                    read_environment(service, lines, j + 1, child_end, name)
                j = child_end
        i = body_end
    return services


def read_environment(service: Service, lines, start: int, end: int, name: str) -> None:
    if start == end:
        return
    env_indent = lines[start][1]
    as_list = lines[start][2].startswith("- ") or lines[start][2] == "-"
    for number, indent, content in lines[start:end]:
        where = f"{name}:{number}"
        if indent != env_indent:
            raise Unreadable(f"{where}: an environment entry must be one line at indent {env_indent}")
        if as_list:
            if not content.startswith("- "):
                raise Unreadable(f"{where}: mixed list and mapping entries under `environment:`")
            item = scalar(content[2:], where)
            if item is None:
                raise Unreadable(f"{where}: empty environment entry")
            var, sep, value = item.partition("=")
            entry = Entry(value if sep else None, number)
        else:
            m = KEY_RE.match(content)
            if not m:
                raise Unreadable(f"{where}: expected `NAME: value` under `environment:`")
            var = m.group(1)
            entry = Entry(scalar(m.group(2) or "", where), number)
        if not ENV_NAME_RE.match(var):
            raise Unreadable(f"{where}: {var!r} is not an environment variable name")
        if var in service.environment:
            service.duplicates.append((var, number))
        else:
            service.environment[var] = entry


# --- what the server reads ------------------------------------------------------------


@dataclass
class Node:
    kind: str  # "section", "map" (any name, then `value`) or "leaf"
    fields: dict[str, "Node"] = field(default_factory=dict)
    value: "Node | None" = None
    rust_type: str = ""


@dataclass
class Server:
    schema: Node
    prefix: str  # "SHOWCASE_"
    separator: str  # "__"
    aliases: dict[str, str]  # variable -> dotted key
    config_file_var: str
    extra: dict[str, str]  # other variables read -> what reads them


STRUCT_RE = re.compile(r"((?:^#\[[^\n]*\]\n)*)^pub struct (\w+) \{\n(.*?)^\}", re.M | re.S)
FIELD_RE = re.compile(r"^(?:pub(?:\([a-z]+\))? )?([a-z_][a-z0-9_]*): (.+),$")
MAP_RE = re.compile(r"^(?:std::collections::)?(?:BTreeMap|HashMap)<String, ([\w:]+)>$")
OPTION_RE = re.compile(r"^Option<(.+)>$")


def read_structs(source: str) -> dict[str, dict[str, str]]:
    """The settings structs of config.rs: struct -> field -> Rust type."""
    structs: dict[str, dict[str, str]] = {}
    for m in STRUCT_RE.finditer(source):
        attrs, name, body = m.group(1), m.group(2), m.group(3)
        if "Deserialize" not in attrs:
            continue
        for attr in re.findall(r"#\[serde\(([^\n]*)\)\]", attrs):
            raise Unreadable(f"{CONFIG_RS}: struct {name} has #[serde({attr})], which may rename its keys; teach this script about it")
        fields: dict[str, str] = {}
        for raw in body.splitlines():
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            if line.startswith("#["):
                serde = re.fullmatch(r"#\[serde\((.*)\)\]", line)
                if serde and not re.fullmatch(r'default(?: = "[\w:]+")?', serde.group(1)):
                    raise Unreadable(f"{CONFIG_RS}: {name} has {line}, which may rename or flatten a key; teach this script about it")
                continue
            f = FIELD_RE.match(line)
            if not f:
                raise Unreadable(f"{CONFIG_RS}: cannot read this field of {name}: {line!r}")
            fields[f.group(1)] = f.group(2)
        structs[name] = fields
    return structs


def build_schema(structs: dict[str, dict[str, str]], name: str, seen=()) -> Node:
    if name in seen:
        raise Unreadable(f"{CONFIG_RS}: settings struct {name} contains itself")
    node = Node("section")
    for field_name, rust_type in structs[name].items():
        node.fields[field_name] = type_node(structs, rust_type, seen + (name,))
    return node


def type_node(structs, rust_type: str, seen) -> Node:
    inner = rust_type
    o = OPTION_RE.match(inner)
    if o:
        inner = o.group(1)
    m = MAP_RE.match(inner)
    if m and m.group(1) in structs:
        return Node("map", value=build_schema(structs, m.group(1), seen), rust_type=rust_type)
    if inner in structs:
        return build_schema(structs, inner, seen)
    names = "|".join(map(re.escape, structs))
    if re.search(r"\b(?:BTreeMap|HashMap|Vec)<[^>]*\b(?:" + names + r")\b", inner):
        raise Unreadable(f"{CONFIG_RS}: a settings field of type {rust_type} is not understood")
    return Node("leaf", rust_type=rust_type)


def lookup(schema: Node, segments: list[str]) -> tuple[Node | None, str]:
    """The node a dotted key names, or None and why not."""
    node = schema
    for depth, segment in enumerate(segments):
        if not segment:
            return None, "an empty part between separators"
        if node.kind == "leaf":
            return None, f"{'.'.join(segments[:depth])} is a setting, not a section"
        if node.kind == "map":
            node = node.value
            continue
        if segment not in node.fields:
            where = ".".join(segments[:depth]) or "the top level"
            known = ", ".join(sorted(node.fields))
            return None, f"no setting {segment!r} in {where} (known: {known})"
        node = node.fields[segment]
    if node.kind != "leaf":
        return None, f"{'.'.join(segments)} is a section, not a setting"
    return node, ""


def leaf_keys(node: Node, path=()) -> list[tuple[str, ...]]:
    """Every dotted key the schema has (a map's names shown as <name>)."""
    if node.kind == "leaf":
        return [path]
    if node.kind == "map":
        return leaf_keys(node.value, path + ("<name>",))
    out = []
    for name, child in node.fields.items():
        out += leaf_keys(child, path + (name,))
    return out


def read_server(root: Path) -> Server:
    source = (root / CONFIG_RS).read_text()
    structs = read_structs(source)
    if "Settings" not in structs or not re.search(r"let settings: Settings = builder\.build\(\)\?\.try_deserialize\(\)\?", source):
        raise Unreadable(f"{CONFIG_RS}: no `Settings` struct deserialized from the layered config")
    schema = build_schema(structs, "Settings")

    # How SHOWCASE_* names map to keys: the layer built with this prefix and separator
    # lowercases the name, drops the prefix and turns the separator into a dot.
    for needle in ('Environment::with_prefix("SHOWCASE")', '.prefix_separator("_")', '.separator("__")', 'k.starts_with("SHOWCASE_")'):
        if needle not in source:
            raise Unreadable(f"{CONFIG_RS}: no {needle}: the SHOWCASE_<SECTION>__<KEY> mapping changed; update this script")
    cfg = re.search(r'pub const CONFIG_FILE_VAR: &str = "([A-Z0-9_]+)";', source)
    if not cfg:
        raise Unreadable(f"{CONFIG_RS}: no CONFIG_FILE_VAR constant")

    aliases: dict[str, str] = {}
    # ("SHOWCASE_MEILI_URL", "SEARCH__MEILI_URL"): a short name and the key it sets.
    for var, key in re.findall(r'\(\s*"([A-Z][A-Z0-9_]*)",\s*"([A-Z0-9_]+(?:__[A-Z0-9_]+)+)"\s*,?\s*\)', source):
        aliases[var] = key
    # env.get("DATABASE_URL") ... ("DATABASE__URL".to_owned(), url): a variable read
    # directly and put into a layer under its key.
    for m in re.finditer(r'env\.get\("([A-Z][A-Z0-9_]*)"\)', source):
        key = re.compile(r'"([A-Z0-9_]+(?:__[A-Z0-9_]+)+)"\.to_owned\(\)').search(source, m.end(), m.end() + 400)
        if not key:
            raise Unreadable(f"{CONFIG_RS}: env.get({m.group(1)!r}) with no key it sets nearby; update this script")
        aliases[m.group(1)] = key.group(1)
    if not aliases:
        raise Unreadable(f"{CONFIG_RS}: no aliases found (DATABASE_URL, SHOWCASE_MEILI_URL...); update this script")
    dotted = {}
    for var, key in aliases.items():
        node, why = lookup(schema, key.lower().split("__"))
        if node is None:
            raise Unreadable(f"{CONFIG_RS}: alias {var} sets {key}, which is no setting ({why})")
        dotted[var] = key.lower().replace("__", ".")

    extra = {}
    telemetry = root / TELEMETRY_RS
    if telemetry.exists() and "EnvFilter::try_from_default_env()" in telemetry.read_text():
        extra["RUST_LOG"] = "the log filter (server/src/telemetry.rs)"

    # The defaults must be settings the structs read, else this reader misses some.
    with open(root / DEFAULTS, "rb") as f:
        defaults = tomllib.load(f)

    def walk(table: dict, path: tuple[str, ...]):
        for key, value in table.items():
            here = path + (key,)
            node, why = lookup_any(schema, list(here))
            if node is None:
                raise Unreadable(f"{DEFAULTS}: {'.'.join(here)} is not read by the settings structs in {CONFIG_RS} ({why})")
            if isinstance(value, dict) and node.kind != "leaf":
                walk(value, here)

    walk(defaults, ())
    return Server(schema, "SHOWCASE_", "__", dotted, cfg.group(1), extra)


def lookup_any(schema: Node, segments: list[str]) -> tuple[Node | None, str]:
    """Like lookup, but a section or map is a fine answer too (for defaults.toml tables)."""
    node = schema
    for segment in segments:
        if node.kind == "leaf":
            return None, "below a setting"
        if node.kind == "map":
            node = node.value
        elif segment in node.fields:
            node = node.fields[segment]
        else:
            return None, f"no field {segment!r}"
    return node, ""


# --- the checks -----------------------------------------------------------------------


def known_names(server: Server) -> list[str]:
    names = [server.prefix + "__".join(k).upper() for k in leaf_keys(server.schema)]
    return names + list(server.aliases) + [server.config_file_var] + list(server.extra)


def check(root: Path, compose_path: Path) -> tuple[list[str], str]:
    """The problems found, and the summary line when there are none."""
    server = read_server(root)
    name = compose_path.name
    services = read_compose(compose_path.read_text(), name)
    problems: list[str] = []

    def problem(line: int | None, message: str) -> None:
        problems.append(f"{name}:{line}: {message}" if line else f"{name}: {message}")

    for wanted in (SERVER_SERVICE, POSTGRES_SERVICE, MAIL_SERVICE, MEILI_SERVICE):
        if wanted not in services:
            problem(None, f"no {wanted!r} service (the stack has postgres, meilisearch, mail and server)")
    if SERVER_SERVICE not in services:
        return problems, ""
    app = services[SERVER_SERVICE]
    env = app.environment
    for key in ("env_file", "extends"):
        if key in app.keys:
            problem(app.keys[key], f"server uses `{key}:`; the settings it brings are not checked (list them under environment:)")
    for var, line in app.duplicates:
        problem(line, f"{var} is given twice")

    # 1. Every name is a setting the server reads.
    effective: dict[str, tuple[str, Entry]] = {}  # dotted key -> (variable, entry)
    for var, entry in env.items():
        if var in server.aliases:
            key = server.aliases[var]
            canonical = server.prefix + key.upper().replace(".", "__")
            if canonical in env:
                problem(entry.line, f"{var} and {canonical} both set {key} ({canonical} wins); keep one")
                continue
            effective[key] = (var, entry)
            continue
        if var == server.config_file_var or var in server.extra:
            continue
        if not var.startswith(server.prefix):
            hint = close(var, server)
            problem(entry.line, f"{var} is not read by the server: not a {server.prefix}<SECTION>__<KEY> setting or a known alias{hint}")
            continue
        rest = var[len(server.prefix) :]
        if rest != rest.upper():
            problem(entry.line, f"{var}: write settings in upper case ({server.prefix}{rest.upper()})")
            continue
        segments = rest.lower().split(server.separator)
        node, why = lookup(server.schema, segments)
        if node is None:
            problem(entry.line, f"{var} is not a setting the server reads: {why}{close(var, server)}")
            continue
        effective.setdefault(".".join(segments), (var, entry))

    # 2. The addresses name this file's services.
    def url_of(key: str, what: str) -> tuple[str, Entry, object] | None:
        if key not in effective or effective[key][1].value in (None, ""):
            problem(app.line, f"server has no {what} ({key}); the stack's {what} would go unused")
            return None
        var, entry = effective[key]
        if "$" in entry.value:
            problem(entry.line, f"{var} is interpolated ({entry.value}); its host cannot be checked")
            return None
        try:
            parts = urlsplit(entry.value)
            parts.port  # noqa: B018 (raises on a bad port)
        except ValueError as e:
            problem(entry.line, f"{var} is not a URL: {e}")
            return None
        return var, entry, parts

    def expect_host(var, entry, parts, service: str, port: int) -> None:
        if parts.hostname != service:
            problem(entry.line, f"{var} points at host {parts.hostname!r}, not the {service!r} service")
        if parts.port != port:
            problem(entry.line, f"{var} uses port {parts.port}, not {port} ({service}'s)")

    found = url_of("database.url", "database address")
    if found:
        var, entry, parts = found
        if parts.scheme not in ("postgres", "postgresql"):
            problem(entry.line, f"{var} must start with postgres:// (it has {parts.scheme}://)")
        expect_host(var, entry, parts, POSTGRES_SERVICE, POSTGRES_PORT)
        pg = services.get(POSTGRES_SERVICE)
        if pg:
            pg_env = {k: e.value for k, e in pg.environment.items()}
            user = pg_env.get("POSTGRES_USER") or "postgres"
            # (what, in the URL, the service's variable, its value or default)
            for what, actual, service_var, expected in (
                ("user", parts.username, "POSTGRES_USER", user),
                ("password", parts.password, "POSTGRES_PASSWORD", pg_env.get("POSTGRES_PASSWORD")),
                ("database", parts.path.lstrip("/"), "POSTGRES_DB", pg_env.get("POSTGRES_DB") or user),
            ):
                if expected is not None and unquote(actual or "") != expected:
                    problem(entry.line, f"{var}'s {what} is not the postgres service's {service_var}")

    found = url_of("mail.smtp_url", "SMTP address")
    if found:
        var, entry, parts = found
        if parts.scheme not in ("smtp", "smtps"):
            problem(entry.line, f"{var} must start with smtp:// or smtps:// (it has {parts.scheme}://)")
        expect_host(var, entry, parts, MAIL_SERVICE, MAIL_SMTP_PORT)
        mail = services.get(MAIL_SERVICE)
        if mail and (mail.image is None or (mail.image.value or "").split(":")[0] != MAIL_IMAGE):
            problem(mail.image.line if mail.image else mail.line, f"the mail service is not {MAIL_IMAGE} (this script expects its SMTP port {MAIL_SMTP_PORT})")

    found = url_of("search.meili_url", "Meilisearch address")
    if found:
        var, entry, parts = found
        if parts.scheme not in ("http", "https"):
            problem(entry.line, f"{var} must start with http:// (it has {parts.scheme}://)")
        expect_host(var, entry, parts, MEILI_SERVICE, MEILI_PORT)
        meili = services.get(MEILI_SERVICE)
        master = meili.environment.get("MEILI_MASTER_KEY") if meili else None
        if master is not None:
            given = effective.get("search.meili_key")
            if given is None or given[1].value != master.value:
                problem(given[1].line if given else app.line, "the server's Meilisearch key (SHOWCASE_MEILI_KEY) is not the meilisearch service's MEILI_MASTER_KEY")

    # 3. Meilisearch is the version the contract suite passes against.
    meili = services.get(MEILI_SERVICE)
    if meili:
        wanted = f"{MEILI_IMAGE}:{MEILISEARCH_VERSION}"
        image = meili.image.value if meili.image else None
        if image != wanted:
            problem(meili.image.line if meili.image else meili.line, f"meilisearch image is {image!r}, not {wanted!r} (MEILISEARCH_VERSION in scripts/check-compose.py)")

    summary = (
        f"check-compose: OK: {len(env)} server variables are settings the server reads; "
        f"database, SMTP and search point at {POSTGRES_SERVICE}, {MAIL_SERVICE} and {MEILI_SERVICE}; "
        f"{MEILI_IMAGE}:{MEILISEARCH_VERSION}"
    )
    return problems, summary


def close(var: str, server: Server) -> str:
    matches = difflib.get_close_matches(var.upper(), known_names(server), n=1, cutoff=0.8)
    return f" (did you mean {matches[0]}?)" if matches else ""


# --- the self-test --------------------------------------------------------------------

# (what, file, text found there once, its replacement (or a function of the whole text),
#  expected: "OK", "unreadable" (exit 2) or words of the problem reported (exit 1))
MUTATIONS = [
    ("misspelled setting", COMPOSE, "SHOWCASE_MAIL__SMTP_URL:", "SHOWCASE_MAIL__SMTP_ULR:",
     "SHOWCASE_MAIL__SMTP_ULR is not a setting the server reads"),
    ("unknown section", COMPOSE, "SHOWCASE_APPLICATION__BASE_URL:", "SHOWCASE_APP__BASE_URL:",
     "no setting 'app' in the top level"),
    ("a section, not a setting", COMPOSE, "SHOWCASE_APPLICATION__BASE_URL:", "SHOWCASE_APPLICATION:",
     "application is a section, not a setting"),
    ("lower case", COMPOSE, "SHOWCASE_APPLICATION__BASE_URL:", "SHOWCASE_application__base_url:",
     "write settings in upper case"),
    ("unprefixed name", COMPOSE, "SHOWCASE_MEILI_KEY:", "MEILI_KEY:",
     "MEILI_KEY is not read by the server"),
    ("wrong SMTP host", COMPOSE, "smtp://mail:1025", "smtp://maildev:1025",
     "points at host 'maildev', not the 'mail' service"),
    ("wrong database host", COMPOSE, "@postgres:5432/", "@db:5432/",
     "points at host 'db', not the 'postgres' service"),
    ("wrong database password", COMPOSE, "postgres://showcase:showcase@", "postgres://showcase:secret@",
     "password is not the postgres service's"),
    ("wrong Meilisearch host", COMPOSE, "http://meilisearch:7700", "http://search:7700",
     "points at host 'search', not the 'meilisearch' service"),
    ("wrong Meilisearch port", COMPOSE, "http://meilisearch:7700", "http://meilisearch:7701",
     "uses port 7701, not 7700"),
    ("wrong Meilisearch key", COMPOSE, "SHOWCASE_MEILI_KEY: showcase-development-master-key",
     "SHOWCASE_MEILI_KEY: another-key", "is not the meilisearch service's MEILI_MASTER_KEY"),
    ("old Meilisearch image", COMPOSE, f"getmeili/meilisearch:{MEILISEARCH_VERSION}", "getmeili/meilisearch:v1.10",
     "meilisearch image is 'getmeili/meilisearch:v1.10'"),
    ("alias and full name", COMPOSE, "      SHOWCASE_MEILI_URL: http://meilisearch:7700\n",
     "      SHOWCASE_MEILI_URL: http://meilisearch:7700\n      SHOWCASE_SEARCH__MEILI_URL: http://meilisearch:7700\n",
     "both set search.meili_url"),
    ("setting given twice", COMPOSE, "      SHOWCASE_APPLICATION__LOG_FORMAT: json\n",
     "      SHOWCASE_APPLICATION__LOG_FORMAT: json\n      SHOWCASE_APPLICATION__LOG_FORMAT: pretty\n",
     "SHOWCASE_APPLICATION__LOG_FORMAT is given twice"),
    ("no Meilisearch address", COMPOSE, "      SHOWCASE_MEILI_URL: http://meilisearch:7700\n", "",
     "server has no Meilisearch address"),
    ("alias gone from config.rs", CONFIG_RS, '("SHOWCASE_MEILI_URL", "SEARCH__MEILI_URL"),', "",
     "SHOWCASE_MEILI_URL is not a setting the server reads"),
    ("flow mapping", COMPOSE, "      MEILI_NO_ANALYTICS: \"true\"\n", "      MEILI_NO_ANALYTICS: {a: b}\n", "unreadable"),
    ("tab indentation", COMPOSE, "      SHOWCASE_APPLICATION__LOG_FORMAT: json", "\tSHOWCASE_APPLICATION__LOG_FORMAT: json",
     "unreadable"),
    ("key read by no struct", DEFAULTS, "cache_mb = 512", "cache_mb = 512\ncache_megabytes = 512", "unreadable"),
    # Names the server does read pass.
    ("full name instead of the alias", COMPOSE, "SHOWCASE_MEILI_URL:", "SHOWCASE_SEARCH__MEILI_URL:", "OK"),
    ("an OAuth provider's setting", COMPOSE, "      SHOWCASE_APPLICATION__LOG_FORMAT: json\n",
     "      SHOWCASE_APPLICATION__LOG_FORMAT: json\n      SHOWCASE_AUTH__PROVIDERS__GOOGLE__CLIENT_ID: x\n      RUST_LOG: info\n", "OK"),
    ("list-form environment", COMPOSE, "  server:\n", lambda text: as_list(text, "server"), "OK"),
]


def as_list(text: str, service: str) -> str:
    """The compose file with the service's environment written as a list (- NAME=value)."""
    start = text.index(f"  {service}:\n")
    block = re.compile(r"(?m)^    environment:\n((?:      .*\n)+)").search(text, start)
    entries = [line.strip() for line in block.group(1).splitlines() if not line.strip().startswith("#")]
    listed = "".join(f"      - {entry.replace(': ', '=', 1)}\n" for entry in entries)
    return text[: block.start(1)] + listed + text[block.end(1) :]


def self_test() -> int:
    files = (COMPOSE, DEFAULTS, CONFIG_RS, TELEMETRY_RS)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="check-compose-") as tmp:
        originals = {f: (ROOT / f).read_text() for f in files}

        def run(changed: dict[str, str]) -> subprocess.CompletedProcess:
            for f in files:
                path = Path(tmp, f)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(changed.get(f, originals[f]))
            return subprocess.run(
                [sys.executable, __file__, "--root", tmp],
                capture_output=True, text=True, check=False,
            )

        result = run({})
        if result.returncode != 0:
            print(f"self-test: the unchanged files fail:\n{result.stdout}{result.stderr}", file=sys.stderr)
            return 1
        for what, f, old, new, expected in MUTATIONS:
            text = originals[f]
            if text.count(old) != 1:
                print(f"self-test: FAIL: {what}: {old!r} is not in {f} exactly once; update the case", file=sys.stderr)
                failures += 1
                continue
            mutated = new(text) if callable(new) else text.replace(old, new)
            result = run({f: mutated})
            out = result.stdout + result.stderr
            if expected == "OK":
                ok = result.returncode == 0 and "check-compose: OK" in out
            elif expected == "unreadable":
                ok = result.returncode == 2 and "cannot read" in out
            else:
                ok = result.returncode == 1 and expected in out
            print(f"self-test: {'pass' if ok else 'FAIL'}: {what} -> exit {result.returncode}: {first_line(out)}")
            if not ok:
                print(f"  expected {expected!r}; output:\n{out}", file=sys.stderr)
                failures += 1
    if failures:
        print(f"self-test: {failures} of {len(MUTATIONS)} cases failed", file=sys.stderr)
        return 1
    print(f"self-test: OK: {len(MUTATIONS)} cases (each mistake caught, each valid form accepted)")
    return 0


def first_line(out: str) -> str:
    for line in out.splitlines():
        if line.strip():
            return line.strip()
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--self-test", action="store_true", help="check that the checks catch mistakes (in a temp dir)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to read (default: this one)")
    args = parser.parse_args()
    # A stopped run still removes its temp dir.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.self_test:
        return self_test()
    try:
        problems, summary = check(args.root, args.root / COMPOSE)
    except Unreadable as e:
        print(f"check-compose: cannot read {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"check-compose: cannot read {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    except tomllib.TOMLDecodeError as e:
        print(f"check-compose: cannot read {DEFAULTS}: {e}", file=sys.stderr)
        return 2
    if problems:
        for p in problems:
            print(f"check-compose: {p}", file=sys.stderr)
        print(f"check-compose: {len(problems)} problem(s) in {COMPOSE}", file=sys.stderr)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
