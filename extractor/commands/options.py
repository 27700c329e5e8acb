"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

import click

from extractor.pipes.entities.gazetteer import check_user_file


def _check_gazetteers(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    for path in value:
        problem = check_user_file(path)
        if problem:
            raise click.BadParameter(problem, ctx=ctx, param=param)
    return value


gazetteer_option = click.option(
    "--gazetteer", "gazetteers", multiple=True, metavar="FILE",
    type=click.Path(exists=True, dir_okay=False), callback=_check_gazetteers,
    help="Extra names for the entity stage: UTF-8 TSV lines 'name<TAB>LABEL[<TAB>alias]'. Repeatable; "
         "later files win.",
)
