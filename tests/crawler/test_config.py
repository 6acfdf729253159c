"""Config files: defaults merged with the user's file; mistakes are named, never ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.config import ConfigError, load_config, resolve_data_dir
from tests.conftest import run_cli


def test_defaults_load(tmp_path: Path) -> None:
    config = load_config(data_dir=tmp_path)
    assert config.get("crawler.max_pages_per_site") == 12
    assert config.get("network.allow_private") is False
    assert config.paths("detectors.rules_dir")[0].is_dir()
    assert config.data_dir == tmp_path.resolve()


def test_user_file_overrides_and_resolves_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "my.toml").write_text(
        '[crawler]\nmax_pages_per_site = 3\n[detectors]\nkit_dirs = ["kits"]\n'
    )
    config = load_config(tmp_path / "my.toml", tmp_path)
    assert config.get("crawler.max_pages_per_site") == 3
    assert config.paths("detectors.kit_dirs") == [tmp_path / "kits"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[crawler]\nmax_pagez = 3\n", "unknown setting 'crawler.max_pagez'"),
        ("[nosuch]\nx = 1\n", "unknown setting 'nosuch'"),
        ("[crawler]\nmax_pages_per_site = 'ten'\n", "'crawler.max_pages_per_site' in"),
        ("[network]\nallow_private = 1\n", "must be bool"),
        ("[verdict.weights]\nwithdrawal_fee = 3\n", "number 0..1"),
        ("[crawler\n", "not valid TOML"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text(text)
    with pytest.raises(ConfigError, match=None) as info:
        load_config(tmp_path / "bad.toml", tmp_path)
    assert message in str(info.value)


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BUTCHERBLOCK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_data_dir(None) == tmp_path / "home"
    monkeypatch.delenv("BUTCHERBLOCK_HOME")
    assert resolve_data_dir(None) == tmp_path / "xdg" / "butcherblock"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan", "not a domain"], "spaces, control or invisible characters"),
        (["lookup", "ftp://x.com"], "not an http or https URL"),
        (
            ["scan", "example.com", "--config", "/nonexistent/butcherblock.toml"],
            "config file not found",
        ),
        (["--config", "/nonexistent/b.toml", "lookup", "example.com"], "config file not found"),
        (["lookup", "example.com", "--config", "{bad}"], "unknown setting 'crawler.max_pagez'"),
    ],
)
def test_cli_errors_are_one_line_with_exit_code_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[crawler]\nmax_pagez = 1\n")
    args = [a.replace("{bad}", str(bad)) for a in args]
    result = run_cli(*args, "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_data_dir_is_accepted_before_the_subcommand(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "lookup", "example.com")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "butcherblock.sqlite3").exists()
