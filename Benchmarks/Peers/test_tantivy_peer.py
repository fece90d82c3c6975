"""Tests of tantivy_peer.py. Not run by CI (they need a built versus binary and PyPI once).

    swift build                     # or the release build in .build-release
    python3 -m pytest Benchmarks/Peers/test_tantivy_peer.py -q

The metric tests need nothing else; the end-to-end ones index 3 articles of Corpus/ with the
versus binary (skipped when none is built) and run the script, which creates its venv on first use.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tantivy_peer as peer  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
ARTICLES = ("affect-vs-effect", "fewer-vs-less", "lay-vs-lie")


def query(article="a-vs-b", kind="faq", answer="the answer", category="faq", split="tune"):
    return peer.QualityQuery("q", article, kind, answer, category, split)


def hit(article="a-vs-b", kind="faq", text="", heading=None):
    return {"article": article, "kind": kind, "text": text, "heading": heading}


# --- metrics on hand-made hits ---------------------------------------------------------------


def test_is_answer_needs_article_kind_and_substring_in_text_or_heading():
    q = query(answer="the answer")
    assert peer.is_answer(q, hit(text="here is the answer."))
    assert peer.is_answer(q, hit(text="nothing", heading="So: the answer?"))
    assert not peer.is_answer(q, hit(text="The Answer"))  # exact, case-sensitive
    assert not peer.is_answer(q, hit(article="c-vs-d", text="the answer"))
    assert not peer.is_answer(q, hit(kind="summary", text="the answer"))


def test_ranks():
    q = query(answer="yes")
    hits = [hit(article="x-vs-y", text="yes"), hit(text="no"), hit(text="yes")]
    assert peer.ranks(q, hits) == (2, 3)
    assert peer.ranks(q, []) == (None, None)


def test_score_by_hand():
    # Four queries, two categories:
    #   1. answer first                        -> article@1, passage@1, passage@3, RR 1
    #   2. right article first, answer 3rd     -> article@1, passage@3, RR 1/3
    #   3. wrong article first, answer 11th    -> nothing (beyond MRR@10)
    #   4. no hits                             -> zero result
    right = hit(text="the answer")
    other = hit(article="c-vs-d", text="noise")
    same_article_other_passage = hit(kind="summary", text="noise")
    queries = [query(category="faq"), query(category="faq"), query(category="typo"), query(category="typo")]
    hits = [
        [right, other],
        [same_article_other_passage, other, right],
        [other] * 10 + [right],
        [],
    ]
    result = peer.score(queries, hits)
    overall = result["overall"]
    assert overall["queries"] == 4
    assert overall["article_at_1"] == pytest.approx(2 / 4)
    assert overall["passage_at_1"] == pytest.approx(1 / 4)
    assert overall["passage_at_3"] == pytest.approx(2 / 4)
    assert overall["mrr_at_10"] == pytest.approx((1 + 1 / 3) / 4)
    assert overall["zero_result_rate"] == pytest.approx(1 / 4)
    assert list(result["by_category"]) == ["faq", "typo"]
    faq, typo = result["by_category"]["faq"], result["by_category"]["typo"]
    assert (faq["queries"], faq["passage_at_1"], faq["passage_at_3"]) == (2, 0.5, 1.0)
    assert faq["mrr_at_10"] == pytest.approx((1 + 1 / 3) / 2)
    assert (typo["article_at_1"], typo["mrr_at_10"], typo["zero_result_rate"]) == (0.0, 0.0, 0.5)


def test_latency_summary_nearest_rank():
    summary = peer.latency_summary([float(v) for v in range(100, 0, -1)])  # 1..100 ms, unsorted
    assert (summary["p50_ms"], summary["p95_ms"], summary["p99_ms"], summary["max_ms"]) == (50, 95, 99, 100)
    assert summary["qps"] == pytest.approx(100 / 5.050)
    assert peer.latency_summary([])["qps"] == 0.0


def test_parse_queries():
    text = "# comment\nq one\ta-vs-b\tfaq\tans\tfaq\tholdout\r\n\nq two\ta-vs-b\tchart\tans\tchart\n"
    parsed = peer.parse_queries(text, "t.tsv")
    assert [(q.query, q.kind, q.split) for q in parsed] == [("q one", "faq", "holdout"), ("q two", "chart", "tune")]
    with pytest.raises(ValueError, match="t.tsv:1"):
        peer.parse_queries("q\ta-vs-b\tnot-a-kind\tans\tfaq\n", "t.tsv")


def test_query_words_drop_stop_words_but_not_terms_nor_everything():
    stop, protected = peer.VERSUS_STOP_WORDS, frozenset({"who", "whom"})
    assert peer.query_words("What is the difference between TCP and UDP?", stop, protected) == ["difference", "tcp", "udp"]
    assert peer.query_words("who or whom", stop, protected) == ["who", "whom"]
    assert peer.query_words("is it the", stop, protected) == ["is", "it", "the"]
    assert peer.query_words("it's C++ AND field:x", stop, frozenset()) == ["c", "field", "x"]
    assert peer.query_text(["c", "and"]) == '"c" "and"'
    lucene = peer.LUCENE_STOP_WORDS  # the default: a shorter list that keeps question words
    assert peer.query_words("What is the difference between TCP and UDP?", lucene, frozenset()) == [
        "what", "difference", "between", "tcp", "udp"]


# --- end to end: 3 articles of Corpus/ ---------------------------------------------------------


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    versus = peer.default_versus()
    if not versus.exists():
        pytest.skip(f"no versus binary at {versus} (swift build)")
    folder = tmp_path_factory.mktemp("tiny")
    corpus = folder / "corpus"
    corpus.mkdir()
    for slug in ARTICLES:
        shutil.copy(REPO / "Corpus" / f"{slug}.txt", corpus / f"{slug}.txt")
    db = folder / "index.sqlite"
    subprocess.run([str(versus), "index", str(corpus), "--db", str(db)], check=True, capture_output=True)
    lines = [
        line
        for line in (REPO / "Benchmarks/Quality/queries.tsv").read_text().splitlines()
        if not line.startswith("#") and line.split("\t")[1] in ARTICLES
    ]
    queries = folder / "tiny.tsv"
    queries.write_text("\n".join(lines) + "\n")
    done = subprocess.run(
        [sys.executable, str(REPO / "Benchmarks/Peers/tantivy_peer.py"), "--db", str(db), "--queries", str(queries),
         "--versus", str(versus), "--json"],
        capture_output=True, text=True, cwd=folder,
    )
    assert done.returncode == 0, done.stderr
    return {"versus": versus, "db": db, "queries": queries, "count": len(lines), "report": json.loads(done.stdout)}


def test_end_to_end_report(tiny):
    report = tiny["report"]
    assert report["index"]["articles"] == 3
    assert report["tantivy"]["documents"] == report["index"]["passages"] > 0
    [result] = report["sets"]
    assert result["queries"] == tiny["count"] > 10
    for name in ("versus", "tantivy"):
        engine = result["engines"][name]
        assert engine["latency"]["queries"] == tiny["count"]
        assert engine["latency"]["p50_ms"] > 0
        overall = engine["quality"]["overall"]
        assert overall["queries"] == tiny["count"]
        for key in ("article_at_1", "mrr_at_10", "passage_at_1", "passage_at_3", "zero_result_rate"):
            assert 0 <= overall[key] <= 1
        # Three articles whose terms the queries name: the right article comes first nearly always.
        assert overall["article_at_1"] > 0.8


def test_versus_side_matches_versus_eval(tiny):
    """The script's scoring of Versus's hits gives what `versus eval` itself reports."""
    done = subprocess.run(
        [str(tiny["versus"]), "eval", str(tiny["queries"]), "--db", str(tiny["db"]), "--no-refresh", "--json"],
        capture_output=True, text=True, check=True,
    )
    expected = json.loads(done.stdout)["versus"]["overall"]
    ours = tiny["report"]["sets"][0]["engines"]["versus"]["quality"]["overall"]
    assert ours["queries"] == expected["queries"]
    for key, theirs in (
        ("article_at_1", "articleAt1"), ("mrr_at_10", "mrrAt10"), ("passage_at_1", "passageAt1"),
        ("passage_at_3", "passageAt3"), ("zero_result_rate", "zeroResultRate"),
    ):
        assert ours[key] == pytest.approx(expected[theirs], abs=1e-9), key


def test_table_output(tiny):
    done = subprocess.run(
        [sys.executable, str(REPO / "Benchmarks/Peers/tantivy_peer.py"), "--db", str(tiny["db"]), "--queries",
         str(tiny["queries"]), "--versus", str(tiny["versus"]), "--split", "holdout", "--ram"],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "| versus |" in done.stdout and "| tantivy |" in done.stdout
    assert "measured inside its engine" in done.stdout
    assert "split holdout" in done.stdout
