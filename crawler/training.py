"""`butcherblock train`: fit the pay-to-withdraw classifier on the train split, reproducibly.

The corpus is `config/corpus/pay-to-withdraw/train.jsonl` (one passage a line: `id`,
`lang`, `label`, `kind`, `text`). Only passages the detector would score at all (see
`could_be_demand`) are fitted, as only those are ever scored. The regularisation and the
decision threshold are chosen by stratified 5-fold cross-validation on the train split
alone: the held-out split is never read here. scikit-learn's liblinear solver with a fixed
seed, and weights rounded in sorted JSON, make the model file the same byte for byte on
every run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from detectors.classifier import CONCEPT_VALUE, TextClassifier, concept_features, ngram_features
from detectors.concepts import Lexicon
from detectors.pay_to_withdraw import MAX_WINDOW_CHARS, MAX_WINDOW_SENTENCES, could_be_demand
from detectors.sentences import split_sentences, windows

SEED = 20261207
C_GRID = (0.1, 0.3, 1.0, 3.0)
MIN_PRECISION = 0.95
"""The threshold is the lowest whose cross-validated precision reaches this."""


class CorpusError(ValueError):
    """A corpus file is missing or a line is malformed; the message names the line."""


@dataclass(frozen=True)
class Passage:
    id: str
    lang: str
    label: int
    kind: str
    text: str


def load_corpus(path: Path) -> list[Passage]:
    passages = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path}: cannot read: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            passages.append(
                Passage(
                    str(data["id"]),
                    str(data["lang"]),
                    int(data["label"]),
                    str(data.get("kind", "")),
                    str(data["text"]),
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise CorpusError(f"{path}:{number}: not a passage ({error})") from error
    return passages


def honest_page_windows(lexicon: Lexicon) -> list[Passage]:
    """Hard negatives mined from the honest sites of the train sandbox: every window of their
    pages that the detector would score (fee schedules, KYC holds, tax pages, warnings).

    Labelled passages are short and clean; real pages mix menus, tables and footers into
    a window, and an honest broker's fee page is where a demand detector is most tempted.
    Only the train split's sites are read. Pages the commentary filter marks (articles that
    quote scam demands word for word) are left out: the detector never reads them, and a
    window of quoted demand is, read alone, a demand.
    """
    from scrapy.http import HtmlResponse

    from crawler.config import CONFIG_DIR
    from crawler.page_parser import parse_page
    from crawler.renderer import json_strings
    from crawler.sandbox.server import SITES_DIR, load_sites
    from detectors.commentary import CommentaryFilter
    from detectors.rules import load_rules

    commentary = CommentaryFilter(load_rules(CONFIG_DIR / "rules", "context"), lexicon)
    found: dict[str, Passage] = {}
    for host, site in sorted(load_sites(SITES_DIR).items()):
        if site.label != "clean":
            continue
        files: dict[str, Path] = {}
        for root in site.roots:
            for path in sorted(root.rglob("*")):
                if path.suffix in (".html", ".json"):
                    files.setdefault(str(path.relative_to(root)), path)
        for relative, path in sorted(files.items()):
            body = site.render(path)
            if path.suffix == ".json":
                text = json_strings(body.decode("utf-8"))
            else:
                response = HtmlResponse(
                    url=f"http://{host}/{relative}", body=body, encoding="utf-8"
                )
                page = parse_page(response)
                if commentary.is_commentary(page):
                    continue
                text = page.text
            sentences = split_sentences(text)
            for window in windows(sentences, MAX_WINDOW_SENTENCES, MAX_WINDOW_CHARS):
                window_text = " ".join(sentences[i].text for i in window)
                concepts = {hit.concept for hit in lexicon.find(window_text)}
                if could_be_demand(concepts) and window_text not in found:
                    number = len(found)
                    found[window_text] = Passage(
                        f"{host}/{relative}#{number}",
                        site.language or "en",
                        0,
                        "honest-page",
                        window_text,
                    )
    return list(found.values())


def _features(passage: Passage, lexicon: Lexicon) -> tuple[set[str], list[str], dict[int, str]]:
    concepts = {hit.concept for hit in lexicon.find(passage.text)}
    return concepts, concept_features(concepts), ngram_features(passage.text)


def train(corpus: Path, lexicon: Lexicon) -> TextClassifier:
    """Fit the classifier on `corpus`; cross-validation picks C and the threshold."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    passages = load_corpus(corpus) + honest_page_windows(lexicon)
    rows = []
    for passage in passages:
        concepts, named, grams = _features(passage, lexicon)
        if could_be_demand(concepts):
            rows.append((passage, named, grams))
    if len({p.label for p, _, _ in rows}) < 2:
        raise CorpusError(f"{corpus}: needs demands and non-demands the detector would score")
    names = sorted({n for _, named, _ in rows for n in named})
    buckets = sorted({b for _, _, grams in rows for b in grams})
    column = {("n", n): i for i, n in enumerate(names)}
    column.update({("g", b): len(names) + i for i, b in enumerate(buckets)})
    data_rows, data_cols, values = [], [], []
    for index, (_, named, grams) in enumerate(rows):
        cols = [column[("n", n)] for n in named] + [column[("g", b)] for b in grams]
        data_rows += [index] * len(cols)
        data_cols += cols
        values += [CONCEPT_VALUE] * len(named) + [1.0] * len(grams)
    matrix = csr_matrix((values, (data_rows, data_cols)), shape=(len(rows), len(column)))
    labels = np.array([p.label for p, _, _ in rows])

    def fit(c: float, x: csr_matrix, y: np.ndarray) -> LogisticRegression:
        model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
        return model.fit(x, y)

    # Windows of one page overlap: they go to the same fold, or the fold would grade a page on
    # windows it was trained on.
    groups = [p.id.split("#")[0] for p, _, _ in rows]
    splitter = StratifiedGroupKFold(5, shuffle=True, random_state=SEED)
    folds = list(splitter.split(matrix, labels, groups))
    best: tuple[float, float, float, float, float] | None = None  # (f1, c, threshold, p, r)
    for c in C_GRID:
        scores = np.zeros(len(rows))
        for train_index, test_index in folds:
            model = fit(c, matrix[train_index], labels[train_index])
            scores[test_index] = model.predict_proba(matrix[test_index])[:, 1]
        for threshold in np.arange(0.30, 0.981, 0.02):
            predicted = scores >= threshold
            tp = int((predicted & (labels == 1)).sum())
            fp = int((predicted & (labels == 0)).sum())
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / int((labels == 1).sum())
            f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
            candidate = (f1, c, round(float(threshold), 2), precision, recall)
            if precision >= MIN_PRECISION and (best is None or candidate[0] > best[0]):
                best = candidate
    if best is None:
        best = (0.0, 1.0, 0.5, 0.0, 0.0)
    _, c, threshold, cv_precision, cv_recall = best
    model = fit(c, matrix, labels)
    weights = model.coef_[0]
    named = {n: float(weights[column[("n", n)]]) for n in names}
    ngrams = {b: float(weights[column[("g", b)]]) for b in buckets}
    return TextClassifier(
        bias=float(model.intercept_[0]),
        named={k: v for k, v in named.items() if round(v, 6)},
        ngrams={k: v for k, v in ngrams.items() if round(v, 6)},
        threshold=threshold,
        meta={
            "corpus": corpus.name,
            "corpus_sha256": hashlib.sha256(corpus.read_bytes()).hexdigest(),
            "passages": len(passages),
            "honest_page_windows": sum(1 for p in passages if p.kind == "honest-page"),
            "scored_passages": len(rows),
            "seed": SEED,
            "C": c,
            "cv_precision": round(cv_precision, 4),
            "cv_recall": round(cv_recall, 4),
            "made_by": "butcherblock train",
        },
    )
