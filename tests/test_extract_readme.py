"""The README's extractor example runs as written (a doctest of its python block)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def _extract_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Extracting events from articles")
    end = text.index("\n## ", start)
    return text[start:end]


def test_readme_example_runs():
    blocks = re.findall(r"```python\n(.*?)```", _extract_section(), flags=re.DOTALL)
    assert blocks, "the extractor section of README.md has no python example"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(blocks[0], {}, "README extract example", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted > 0
