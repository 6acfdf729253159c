"""The README and `--help` stay in step: every command is documented and has an example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from crawler.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix}{name} ")
        else:
            found.append((f"{prefix}{name}", command))
    return found


COMMANDS = commands(cli)


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_is_documented_with_an_example(name: str, command: click.Command) -> None:
    assert f"butcherblock {name}" in README
    assert "Example:" in (command.help or ""), f"`{name}` --help has no example"


def test_readme_gives_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README
