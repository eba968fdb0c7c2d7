import random

from kg.export.sorted_lines import SortedLines


def test_lines_spilled_to_disk_come_back_sorted_and_once(tmp_path):
    rng = random.Random(7)
    lines = [f'<http://x/{rng.randrange(300)}> <http://p> "v{rng.randrange(5)} é \\u2028"' for _ in range(2000)]
    with SortedLines(chunk=97, tmp_dir=tmp_path) as sorter:
        for i in range(0, len(lines), 50):
            sorter.add(lines[i:i + 50])
        assert list(tmp_path.iterdir()), "chunks of 97 lines spill to disk"
        assert list(sorter.merged()) == sorted(set(lines))
    assert not list(tmp_path.iterdir()), "closing removes the spilled chunks"


def test_lines_that_fit_in_one_chunk_never_touch_the_disk(tmp_path):
    with SortedLines(chunk=1000, tmp_dir=tmp_path) as sorter:
        sorter.add(["b", "a", "b"])
        assert list(sorter.merged()) == ["a", "b"]
        assert not list(tmp_path.iterdir())
