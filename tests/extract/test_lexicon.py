from kg.extract.lexicon import read_data


def test_data_file_is_read_through_a_json_copy_that_follows_edits(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    data = tmp_path / "words.yaml"
    data.write_text("heads: [bureau, 局]\n", encoding="utf-8")
    assert read_data(data) == {"heads": ["bureau", "局"]}
    (copy,) = cache.glob("words-*.json")
    assert read_data(data) == {"heads": ["bureau", "局"]}
    data.write_text("heads: [station]\n", encoding="utf-8")
    assert read_data(data) == {"heads": ["station"]}
    assert len(list(cache.glob("words-*.json"))) == 2 and copy.exists()


def test_data_json_would_change_is_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "levels.yaml"
    data.write_text("1: one\nwhen: 2024-01-02\n", encoding="utf-8")
    assert set(read_data(data)) == {1, "when"}
    assert not (tmp_path / "cache").exists()


def test_data_is_read_where_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "cache"))
    data = tmp_path / "words.yaml"
    data.write_text("- a\n- b\n", encoding="utf-8")
    assert read_data(data) == ["a", "b"]
