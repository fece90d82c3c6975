#!/usr/bin/env python3
"""Versus beside tantivy on the same passages and the same queries, in one run.

Reads every passage of a Versus index file (read-only), indexes them into tantivy (the Rust
search library behind Quickwit, through its Python bindings), runs each quality query set
through both engines, scores both engines' hits with the same code, and prints answer quality
(article@1, MRR@10, passage@1, passage@3, zero-result rate; overall and by category) and latency
side by side.

    python3 Benchmarks/Peers/tantivy_peer.py --db INDEX.sqlite --queries Benchmarks/Quality/queries.tsv

On first use it creates Benchmarks/Peers/.venv and installs tantivy there, then re-runs itself
inside it. See Benchmarks/README.md, "Peer: tantivy".
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

TANTIVY_VERSION = "0.27.0"
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_VENV = HERE / ".venv"

KINDS = ("summary", "difference", "chart", "definition", "example", "faq")

# The searched fields and their query-time boosts (tantivy sums one BM25 score per field, each
# multiplied by its boost). heading (FAQ question, chart label, the term of a definition) states
# what a passage is about; context (the sense an example illustrates) and terms (the article's two
# terms, on every passage) route to the right passage or article but are not its own text.
FIELDS = ("heading", "body", "context", "terms")
DEFAULT_BOOSTS = {"heading": 2.0, "body": 1.0, "context": 0.5, "terms": 0.5}

# Stop words dropped from tantivy's query (tantivy's en_stem tokenizer keeps them in the index).
# The default is Lucene's (and Elasticsearch's) English stop set, the conventional list for a BM25
# engine. --stop-words versus uses the longer list of Versus's own query analyzer
# (Sources/VersusEngine/Text/StopWords.swift, copied here), which also drops question words.
# With either, as in Versus, a word of an indexed article's terms ("who", "less") is never
# dropped, and a query made of stop words only keeps them all.
LUCENE_STOP_WORDS = frozenset(
    """
    a an and are as at be but by for if in into is it no not of on or such that the their then
    there these they this to was will with
    """.split()
)
VERSUS_STOP_WORDS = frozenset(
    """
    a about above actually after again all also am an and any are as at
    basically be because been before being between both but by
    can could d did do does doing done during
    each either else ever every exactly
    for from
    get gets got
    had has have having he her here hers him his how
    i if in into is isn it its itself
    just literally
    ll let
    m me might mine more most much must my
    no nor not now
    of off on once one only or other our ours out over own
    please
    re really
    s same shall she should so some such
    t than that the their theirs them then there these they this those
    through to too
    under until up us
    ve versus very vs
    was we were what whats when where whether which while who whom
    whose why will with would
    you your yours
    """.split()
)
STOP_LISTS = {"versus": VERSUS_STOP_WORDS, "lucene": LUCENE_STOP_WORDS, "none": frozenset()}

# Words as tantivy's SimpleTokenizer cuts them: runs of Unicode letters and digits.
WORD = re.compile(r"[^\W_]+")


# ---------------------------------------------------------------------------------------------
# The environment: a venv of its own with tantivy in it.


def tantivy_version_in(python: Path) -> str | None:
    probe = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m, tantivy; print(m.version('tantivy'))"],
        capture_output=True,
        text=True,
    )
    return probe.stdout.strip() if probe.returncode == 0 else None


def ensure_venv(argv: list[str]) -> None:
    """Re-executes this script inside its venv (created, with tantivy installed, on first use)."""
    venv = Path(os.environ.get("TANTIVY_PEER_VENV", DEFAULT_VENV)).resolve()
    if Path(sys.prefix).resolve() == venv:
        return
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"tantivy_peer: creating {venv}", file=sys.stderr)
        made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
        if made.returncode != 0:
            sys.exit(
                f"tantivy_peer: cannot create a venv at {venv} with {sys.executable} -m venv "
                f"(on Debian: apt-get install python3-venv):\n{made.stderr.strip()}"
            )
    if tantivy_version_in(python) != TANTIVY_VERSION:
        print(f"tantivy_peer: installing tantivy=={TANTIVY_VERSION} into {venv}", file=sys.stderr)
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", f"tantivy=={TANTIVY_VERSION}"],
            capture_output=True,
            text=True,
        )
        if pip.returncode != 0 or tantivy_version_in(python) != TANTIVY_VERSION:
            tail = "\n".join((pip.stderr or pip.stdout).strip().splitlines()[-15:])
            sys.exit(
                f"tantivy_peer: pip could not install tantivy=={TANTIVY_VERSION} from PyPI into {venv} "
                f"(exit {pip.returncode}): PyPI unreachable, or no wheel for this platform and Python "
                f"and no Rust toolchain to build one. pip said:\n{tail}"
            )
    os.execv(str(python), [str(python), str(Path(__file__).resolve()), *argv])


# ---------------------------------------------------------------------------------------------
# Query sets and metrics: the same code scores both engines.


@dataclass(frozen=True)
class QualityQuery:
    query: str
    article: str
    kind: str
    answer: str
    category: str
    split: str


def parse_queries(text: str, file: str) -> list[QualityQuery]:
    """Reads a quality TSV as `versus eval` does (QualityQuery.parse): `#` lines are comments;
    query, article slug, kind, answer substring, category[, split (default tune)]."""
    queries = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.endswith("\r"):
            line = line[:-1]
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (5, 6) or fields[2] not in KINDS:
            raise ValueError(f"{file}:{number}: expected query, article, kind, answer, category[, split]")
        queries.append(QualityQuery(*fields[:5], split=fields[5] if len(fields) == 6 else "tune"))
    return queries


def is_answer(query: QualityQuery, hit: dict) -> bool:
    """The answering passage: its article and kind, and the answer in its text or heading
    (QualityQuery.isAnswer)."""
    return (
        hit["article"] == query.article
        and hit["kind"] == query.kind
        and (query.answer in hit["text"] or query.answer in (hit.get("heading") or ""))
    )


def ranks(query: QualityQuery, hits: list[dict]) -> tuple[int | None, int | None]:
    """1-based ranks of the first hit from the answering article and of the answering passage."""
    article = next((i + 1 for i, hit in enumerate(hits) if hit["article"] == query.article), None)
    passage = next((i + 1 for i, hit in enumerate(hits) if is_answer(query, hit)), None)
    return article, passage


@dataclass
class Metrics:
    """QualityMetrics of versus eval: sums while adding, shares after finish()."""

    queries: int = 0
    article_at_1: float = 0.0
    mrr_at_10: float = 0.0
    passage_at_1: float = 0.0
    passage_at_3: float = 0.0
    zero_result_rate: float = 0.0

    def add(self, article_rank: int | None, passage_rank: int | None, zero: bool) -> None:
        self.queries += 1
        if article_rank == 1:
            self.article_at_1 += 1
        if passage_rank is not None and passage_rank <= 10:
            self.mrr_at_10 += 1 / passage_rank
        if passage_rank == 1:
            self.passage_at_1 += 1
        if passage_rank is not None and passage_rank <= 3:
            self.passage_at_3 += 1
        if zero:
            self.zero_result_rate += 1

    def finished(self) -> "Metrics":
        if self.queries == 0:
            return Metrics()
        n = self.queries
        return Metrics(
            n, self.article_at_1 / n, self.mrr_at_10 / n, self.passage_at_1 / n, self.passage_at_3 / n,
            self.zero_result_rate / n,
        )


def score(queries: list[QualityQuery], hits_per_query: list[list[dict]]) -> dict:
    """Overall and per-category metrics of one engine's hits (one list of hits per query)."""
    assert len(queries) == len(hits_per_query)
    overall = Metrics()
    by_category: dict[str, Metrics] = {}
    for query, hits in zip(queries, hits_per_query):
        article_rank, passage_rank = ranks(query, hits)
        overall.add(article_rank, passage_rank, not hits)
        by_category.setdefault(query.category, Metrics()).add(article_rank, passage_rank, not hits)
    return {
        "overall": overall.finished().__dict__,
        "by_category": {c: by_category[c].finished().__dict__ for c in sorted(by_category)},
    }


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest rank: the smallest value that p % of the values are at or below."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def latency_summary(milliseconds: list[float]) -> dict:
    values = sorted(milliseconds)
    total = sum(values)
    return {
        "queries": len(values),
        "p50_ms": percentile(values, 50),
        "p95_ms": percentile(values, 95),
        "p99_ms": percentile(values, 99),
        "max_ms": values[-1] if values else 0.0,
        "mean_ms": total / len(values) if values else 0.0,
        # One query at a time: queries per second of summed latency.
        "qps": len(values) / (total / 1000) if total > 0 else 0.0,
    }


# ---------------------------------------------------------------------------------------------
# The Versus index file.


@dataclass
class Passages:
    articles: int
    rows: list[tuple]  # (passage id, slug, kind, heading, body, context, terms)
    term_words: frozenset[str]
    read_seconds: float


def fold(text: str) -> str:
    """Lowercase without diacritics, as Versus's FTS5 tokenizer (remove_diacritics 2) sees words."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def read_index(db: Path) -> Passages:
    started = time.perf_counter()
    uri = "file:" + urllib.parse.quote(str(db.resolve())) + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        articles = connection.execute("SELECT term_a, term_b FROM article").fetchall()
        rows = connection.execute(
            """
            SELECT passage.id, article.slug, passage.kind,
                   passage_fts.heading, passage_fts.body, passage_fts.context, passage_fts.terms
            FROM passage
            JOIN article ON article.id = passage.article_id
            JOIN passage_fts ON passage_fts.rowid = passage.id
            ORDER BY passage.id
            """
        ).fetchall()
    except sqlite3.Error as error:
        sys.exit(f"tantivy_peer: {db} is not a readable Versus index: {error}")
    finally:
        connection.close()
    term_words = frozenset(w for a, b in articles for w in words(f"{a} {b}"))
    return Passages(len(articles), rows, term_words, time.perf_counter() - started)


# ---------------------------------------------------------------------------------------------
# tantivy.


def query_words(text: str, stop_words: frozenset[str], protected: frozenset[str]) -> list[str]:
    """The query's words without stop words (never a word of an article's terms, never all of
    them), each once, in order."""
    all_words = words(text)
    kept = [w for w in all_words if w not in stop_words or w in protected] or all_words
    return list(dict.fromkeys(kept))


def query_text(kept: list[str]) -> str:
    """tantivy query-language text: each word quoted (a one-word phrase is a term query), so no
    word is read as syntax (AND, OR, field:, ranges). Words are letters and digits only."""
    return " ".join(f'"{w}"' for w in kept)


class TantivyPeer:
    def __init__(self, passages: Passages, folder: Path | None, threads: int, heap_bytes: int, boosts: dict):
        import tantivy

        self.tantivy = tantivy
        self.boosts = boosts
        builder = tantivy.SchemaBuilder()
        for name in FIELDS:
            builder.add_text_field(name, stored=name in ("heading", "body"), tokenizer_name="en_stem")
        builder.add_text_field("slug", stored=True, tokenizer_name="raw")
        builder.add_text_field("kind", stored=True, tokenizer_name="raw")
        builder.add_integer_field("pid", stored=True, indexed=False)
        schema = builder.build()
        self.index = tantivy.Index(schema, path=str(folder)) if folder else tantivy.Index(schema)

        started = time.perf_counter()
        writer = self.index.writer(heap_bytes, threads)
        for pid, slug, kind, heading, body, context, terms in passages.rows:
            doc = tantivy.Document()
            doc.add_integer("pid", pid)
            doc.add_text("slug", slug)
            doc.add_text("kind", kind)
            for name, value in (("heading", heading), ("body", body), ("context", context), ("terms", terms)):
                if value:
                    doc.add_text(name, value)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        self.index_seconds = time.perf_counter() - started
        self.segments = self.searcher.num_segments
        self.documents = self.searcher.num_docs

    def parse(self, kept: list[str]):
        if not kept:
            return None
        return self.index.parse_query(
            query_text(kept), default_field_names=list(FIELDS), field_boosts=self.boosts
        )

    def search(self, query, limit: int) -> list[dict]:
        """Top `limit` passages by BM25 with their stored fields; ties in passage order."""
        if query is None:
            return []
        result = self.searcher.search(query, limit, count=False)
        hits = []
        for score_value, address in result.hits:
            doc = self.searcher.doc(address)
            hits.append(
                {
                    "score": score_value,
                    "pid": doc.get_first("pid"),
                    "article": doc.get_first("slug"),
                    "kind": doc.get_first("kind"),
                    "heading": doc.get_first("heading"),
                    "text": doc.get_first("body") or "",
                }
            )
        return hits


def run_tantivy(peer: TantivyPeer, texts: list[str], limit: int, warmup: int, stop_words, protected) -> dict:
    """Each query once per pass, one at a time; the last pass is measured.

    Latency: the wall time of searcher.search plus the stored-document fetches of its hits.
    The query's preparation (words, stop words, parse_query) is timed apart; sorting equal scores
    by passage id afterwards is not timed."""
    for _ in range(warmup):
        for text in texts:
            peer.search(peer.parse(query_words(text, stop_words, protected)), limit)
    hits_per_query, search_ms, parse_ms = [], [], []
    clock = time.perf_counter_ns
    # No Python garbage collection inside the measured pass (as timeit does): its pauses are the
    # host's, not tantivy's.
    collecting = gc.isenabled()
    gc.disable()
    for text in texts:
        t0 = clock()
        query = peer.parse(query_words(text, stop_words, protected))
        t1 = clock()
        hits = peer.search(query, limit)
        t2 = clock()
        # Deterministic order among equal scores (segments are filled by parallel threads).
        hits.sort(key=lambda h: (-h["score"], h["pid"]))
        hits_per_query.append(hits)
        parse_ms.append((t1 - t0) / 1e6)
        search_ms.append((t2 - t1) / 1e6)
    if collecting:
        gc.enable()
    return {"hits": hits_per_query, "latency_ms": search_ms, "parse_ms": parse_ms}


# ---------------------------------------------------------------------------------------------
# Versus, through its CLI.


def default_versus() -> Path:
    """The release build (`swift build -c release`, or the test scripts' `.build-release`); the
    debug build only when there is none, with a warning: its latencies are several times the
    release build's, and a comparison of speed with it says nothing."""
    for release in (REPO / ".build" / "release" / "versus", REPO / ".build-release" / "release" / "versus"):
        if release.exists():
            return release
    print("tantivy_peer: no release build of versus (swift build -c release): timing the debug build", file=sys.stderr)
    return REPO / ".build" / "debug" / "versus"


def run_versus(binary: Path, db: Path, texts: list[str], limit: int, warmup: int) -> dict:
    """`versus search --queries -` over the queries (warm-up passes, then the measured one) in one
    process; latency is each response's processingTimeMs, timed inside the engine."""
    for text in texts:
        if "\n" in text or "\r" in text:
            raise ValueError(f"a query holds a line break: {text!r}")
    passes = warmup + 1
    command = [str(binary), "search", "--db", str(db), "--no-refresh", "--queries", "-", "--json", "--limit", str(limit)]
    done = subprocess.run(command, input="".join(t + "\n" for t in texts) * passes, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"tantivy_peer: {shlex.join(command)} failed (exit {done.returncode}):\n{done.stderr.strip()}")
    lines = done.stdout.splitlines()
    if len(lines) != len(texts) * passes:
        sys.exit(f"tantivy_peer: versus printed {len(lines)} lines for {len(texts) * passes} queries")
    responses = [json.loads(line) for line in lines[len(texts) * warmup :]]
    hits = [
        [
            {"article": h["article"], "kind": h["kind"], "heading": h.get("heading"), "text": h.get("text") or ""}
            for h in response["hits"]
        ]
        for response in responses
    ]
    return {"hits": hits, "latency_ms": [float(r["processingTimeMs"]) for r in responses]}


# ---------------------------------------------------------------------------------------------
# Report.


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, IndexError, ValueError):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "cpu": model or platform.processor(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def git_commit() -> str | None:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def shown(path: Path) -> str:
    """A path relative to the working folder when it lies inside it."""
    relative = os.path.relpath(Path(path).resolve())
    return relative if not relative.startswith("..") else str(Path(path).resolve())


def command_line(argv: list[str]) -> str:
    return shlex.join(["python3", shown(Path(__file__)), *argv])


def fmt_ms(value: float) -> str:
    return f"{value:.3f}"


def print_report(report: dict) -> None:
    m = report["machine"]
    t = report["tantivy"]
    print("# Versus beside tantivy\n")
    print(f"command: {report['command']}")
    print(
        f"machine: {m['cores']} cores ({m['usable_cores']} usable), {m['cpu']}, {m['memory']}, {m['os']}, "
        f"Python {m['python']}"
    )
    print(f"versus: {report['versus']['binary']} (repo at {report['commit'] or 'unknown'})")
    print(
        f"index: {report['index']['path']}: {report['index']['articles']:,} articles, "
        f"{report['index']['passages']:,} passages (read in {report['index']['read_seconds']:.2f} s)"
    )
    print(
        f"tantivy {t['version']}: indexed {t['documents']:,} passages in {t['index_seconds']:.2f} s "
        f"({t['passages_per_second']:,.0f} passages/s; {t['threads']} writer threads, "
        f"{t['heap_bytes'] // 1_000_000} MB heap, {t['segments']} segments, {t['storage']}); "
        f"fields heading/body/context/terms (en_stem), boosts "
        + ", ".join(f"{k} ×{v:g}" for k, v in t["boosts"].items())
        + f"; stop words: {t['stop_words']}"
    )
    print(
        "latency: versus = processingTimeMs, measured inside its engine (query analysis to finished "
        "hits with snippets), same machine, same run; tantivy = wall time of searcher.search "
        "+ its hits' stored-document fetches, in this Python process; both one query at a time, "
        f"after {report['warmup']} warm-up pass(es); q/s = queries ÷ summed latency"
    )
    for result in report["sets"]:
        engines = result["engines"]
        print(f"\n## {result['file']} (split {result['split']}, {result['queries']} queries)\n")
        print("| engine | article@1 | MRR@10 | passage@1 | passage@3 | zero | p50 ms | p95 ms | p99 ms | max ms | q/s |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name in ("versus", "tantivy"):
            q = engines[name]["quality"]["overall"]
            lat = engines[name]["latency"]
            cells = [q["article_at_1"], q["mrr_at_10"], q["passage_at_1"], q["passage_at_3"], q["zero_result_rate"]]
            cells = [f"{c:.3f}" for c in cells]
            cells += [fmt_ms(lat[k]) for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms")] + [f"{lat['qps']:,.0f}"]
            print(f"| {name} | " + " | ".join(cells) + " |")
        parse = engines["tantivy"]["query_preparation"]
        print(
            f"\ntantivy query preparation (words, stop words, parse_query), not in its latency above: "
            f"p50 {fmt_ms(parse['p50_ms'])} ms, p99 {fmt_ms(parse['p99_ms'])} ms"
        )
        print("\n| category | n | engine | article@1 | MRR@10 | passage@1 | passage@3 | zero |")
        print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
        for category in engines["versus"]["quality"]["by_category"]:
            for name in ("versus", "tantivy"):
                q = engines[name]["quality"]["by_category"][category]
                cells = [q["article_at_1"], q["mrr_at_10"], q["passage_at_1"], q["passage_at_3"], q["zero_result_rate"]]
                print(f"| {category} | {q['queries']} | {name} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")


# ---------------------------------------------------------------------------------------------


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tantivy_peer.py",
        description="Versus beside tantivy: the same passages, the same queries, one run.",
    )
    parser.add_argument("--db", required=True, type=Path, help="a Versus index file (read only)")
    parser.add_argument(
        "--queries", action="append", required=True, type=Path, metavar="FILE.tsv",
        help="a quality query set (repeatable), e.g. Benchmarks/Quality/queries.tsv",
    )
    parser.add_argument(
        "--versus", type=Path, default=None,
        help="the versus binary (default .build/release/versus or .build-release/release/versus if built, "
        "else .build/debug/versus with a warning)",
    )
    parser.add_argument("--threads", type=int, default=2, help="tantivy writer threads (default 2)")
    parser.add_argument("--heap-mb", type=int, default=128, help="tantivy writer heap, all threads (default 128)")
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--limit", type=int, default=10, help="hits per query (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured passes over each set first (default 1)")
    parser.add_argument(
        "--stop-words", choices=sorted(STOP_LISTS), default="lucene",
        help="stop words dropped from tantivy's query: lucene (default; Lucene's English set), versus "
        "(Versus's own list) or none",
    )
    parser.add_argument(
        "--boost", action="append", default=[], metavar="FIELD=VALUE",
        help="override a tantivy field boost (heading, body, context, terms)",
    )
    parser.add_argument("--ram", action="store_true", help="keep the tantivy index in RAM, not in a temp folder")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    parser.add_argument("--no-venv", action="store_true", help="use this Python as it is (tantivy must be importable)")
    args = parser.parse_args(argv)
    if not 1 <= args.limit <= 100:
        parser.error("--limit is 1 to 100")
    if args.threads < 1 or args.warmup < 0 or args.heap_mb < 15 * args.threads:
        parser.error("--threads ≥ 1, --warmup ≥ 0, --heap-mb ≥ 15 per thread")
    boosts = dict(DEFAULT_BOOSTS)
    for assignment in args.boost:
        name, _, value = assignment.partition("=")
        try:
            if name not in FIELDS:
                raise ValueError
            boosts[name] = float(value)
        except ValueError:
            parser.error(f"--boost {assignment}: expected FIELD=NUMBER with FIELD among {', '.join(FIELDS)}")
    args.boosts = boosts
    return args


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    if not args.no_venv:
        ensure_venv(argv)
    import importlib.metadata

    if not args.db.is_file():
        sys.exit(f"tantivy_peer: no index file at {args.db}")
    versus = args.versus or default_versus()
    if not os.access(versus, os.X_OK):
        sys.exit(f"tantivy_peer: no versus binary at {versus}: build it (swift build -c release --scratch-path .build-release) or pass --versus")
    sets = []
    for file in args.queries:
        try:
            queries = parse_queries(file.read_text(encoding="utf-8"), str(file))
        except (OSError, ValueError) as error:
            sys.exit(f"tantivy_peer: {error}")
        sets.append((file, [q for q in queries if args.split == "all" or q.split == args.split]))

    passages = read_index(args.db)
    stop_words = STOP_LISTS[args.stop_words]
    folder = None if args.ram else Path(tempfile.mkdtemp(prefix="tantivy-peer-"))
    try:
        peer = TantivyPeer(passages, folder, args.threads, args.heap_mb * 1_000_000, args.boosts)
        results = []
        for file, queries in sets:
            texts = [q.query for q in queries]
            versus_run = run_versus(versus, args.db, texts, args.limit, args.warmup) if texts else {"hits": [], "latency_ms": []}
            tantivy_run = run_tantivy(peer, texts, args.limit, args.warmup, stop_words, passages.term_words)
            results.append(
                {
                    "file": str(file),
                    "split": args.split,
                    "queries": len(queries),
                    "engines": {
                        "versus": {
                            "quality": score(queries, versus_run["hits"]),
                            "latency": latency_summary(versus_run["latency_ms"]),
                        },
                        "tantivy": {
                            "quality": score(queries, tantivy_run["hits"]),
                            "latency": latency_summary(tantivy_run["latency_ms"]),
                            "query_preparation": latency_summary(tantivy_run["parse_ms"]),
                        },
                    },
                }
            )
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    report = {
        "command": command_line(argv),
        "machine": machine(),
        "commit": git_commit(),
        "warmup": args.warmup,
        "index": {
            "path": str(args.db),
            "articles": passages.articles,
            "passages": len(passages.rows),
            "read_seconds": passages.read_seconds,
        },
        "versus": {"binary": shown(versus), "latency": "processingTimeMs, inside the engine"},
        "tantivy": {
            "version": importlib.metadata.version("tantivy"),
            "documents": peer.documents,
            "segments": peer.segments,
            "index_seconds": peer.index_seconds,
            "passages_per_second": len(passages.rows) / peer.index_seconds if peer.index_seconds > 0 else 0.0,
            "threads": args.threads,
            "heap_bytes": args.heap_mb * 1_000_000,
            "storage": "RAM" if args.ram else "temp folder",
            "boosts": args.boosts,
            "stop_words": args.stop_words,
            "tokenizer": "en_stem",
        },
        "sets": results,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
