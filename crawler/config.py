"""Settings: `config/default.toml` merged with the user's `--config FILE`, and the data directory.

Every key a user may set exists in the defaults, so an unknown or mistyped key is an
error that names it rather than a setting silently ignored.
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
DEFAULT_CONFIG = CONFIG_DIR / "default.toml"

# Keys holding paths; a relative path is relative to the file that sets it.
PATH_KEYS = {
    ("detectors", "rules_dir"),
    ("detectors", "brands_file"),
    ("detectors", "kit_dirs"),
    ("detectors", "register_dirs"),
    ("detectors", "allowlist_files"),
    ("detectors", "concepts_dir"),
    ("detectors", "pay_to_withdraw_model"),
    ("detectors", "pay_to_withdraw_corpus"),
    ("sources", "ct", "keywords_file"),
}


# Keys whose value must be one of a few words.
CHOICES = {("crawler", "render"): ("auto", "always", "never")}

# Numbers are never negative; these keys have a narrower range (inclusive).
RANGES: dict[tuple[str, ...], tuple[float, float]] = {
    ("crawler", "processes"): (1, 16),
    ("feeds", "max_shrink"): (0, 1),
    ("verdict", "fraud_threshold"): (0, 100),
    ("verdict", "suspicious_threshold"): (0, 100),
    ("verdict", "corroborating_score"): (0, 100),
}


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class Config:
    """Merged settings plus the data directory they apply to."""

    values: dict[str, Any]
    data_dir: Path

    def section(self, name: str) -> dict[str, Any]:
        return self.values[name]

    def get(self, dotted: str) -> Any:
        node: Any = self.values
        for part in dotted.split("."):
            node = node[part]
        return node

    def paths(self, dotted: str) -> list[Path]:
        value = self.get(dotted)
        return [Path(v) for v in value] if isinstance(value, list) else [Path(value)]


def load_config(
    config_file: str | Path | None = None,
    data_dir: str | Path | None = None,
    extra_files: Iterable[Path] = (),
) -> Config:
    """Defaults, then each of `extra_files`, then `config_file`; later files win."""
    values = _read(DEFAULT_CONFIG)
    _resolve_paths(values, DEFAULT_CONFIG.parent)
    for path in [*extra_files, *([Path(config_file)] if config_file else [])]:
        overrides = _read(path)
        _resolve_paths(overrides, path.resolve().parent)
        _merge(values, overrides, path, ())
    return Config(values, resolve_data_dir(data_dir))


def resolve_data_dir(explicit: str | Path | None) -> Path:
    """`--data-dir`, else `$BUTCHERBLOCK_HOME`, else `$XDG_DATA_HOME/butcherblock`."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if home := os.environ.get("BUTCHERBLOCK_HOME"):
        return Path(home).expanduser().resolve()
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return (Path(xdg).expanduser() / "butcherblock").resolve()


def _read(path: Path) -> dict[str, Any]:
    try:
        with Path(path).open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"config file is a directory: {path}") from None
    except PermissionError:
        raise ConfigError(f"config file is not readable: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path} is not UTF-8 text") from None


def _merge(
    base: dict[str, Any], overrides: dict[str, Any], path: Path, where: tuple[str, ...]
) -> None:
    for key, value in overrides.items():
        dotted = ".".join((*where, key))
        if key not in base:
            raise ConfigError(f"unknown setting '{dotted}' in {path}")
        current = base[key]
        if isinstance(current, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"setting '{dotted}' in {path} must be a table")
            if (*where, key) == ("verdict", "weights"):
                _check_weights(value, path)
                current.update(value)
                continue
            _merge(current, value, path, (*where, key))
            continue
        if not _same_type(current, value):
            raise ConfigError(
                f"setting '{dotted}' in {path} must be {type(current).__name__}, "
                f"not {type(value).__name__}"
            )
        choices = CHOICES.get((*where, key))
        if choices and value not in choices:
            raise ConfigError(f"setting '{dotted}' in {path} must be one of {', '.join(choices)}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            low, high = RANGES.get((*where, key), (0, float("inf")))
            if not low <= value <= high:
                bounds = f"from {low} to {high}" if high != float("inf") else f"at least {low}"
                raise ConfigError(f"setting '{dotted}' in {path} must be {bounds}, not {value}")
        base[key] = copy.deepcopy(value)


def _check_weights(weights: dict[str, Any], path: Path) -> None:
    for name, weight in weights.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= 1:
            raise ConfigError(f"setting 'verdict.weights.{name}' in {path} must be a number 0..1")


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return type(default) is type(value)
    if isinstance(default, float):
        return isinstance(value, int | float)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, type(default))


def _resolve_paths(values: dict[str, Any], base: Path) -> None:
    for *sections, key in PATH_KEYS:
        table: Any = values
        for section in sections:
            table = table.get(section) if isinstance(table, dict) else None
        if not isinstance(table, dict) or key not in table:
            continue
        value = table[key]
        if isinstance(value, list):
            table[key] = [str(base / v) for v in value if isinstance(v, str)]
        elif isinstance(value, str):
            table[key] = str(base / value)
