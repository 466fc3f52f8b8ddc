"""The sentences of a workshop's errors (context ``Errors``): what is asked for, files read
and written, a workshop's rules, text, and workshop and framework files. One table of
``wording/errors.py``'s :data:`~coprod_desktop.wording.errors.TEXTS`."""

from __future__ import annotations

from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

WORKSHOP_TEXTS: dict[str, str] = {
    # things asked for
    "workshop.not_found": QT_TRANSLATE_NOOP("Errors", "There is no workshop with id {id}."),
    "workshop.unreadable_rating": QT_TRANSLATE_NOOP(
        "Errors",
        "Workshop {id} “{title}” cannot be read: group “{group}”, item {item}: {problem} "
        "Another program may have changed the workshops file. The workshop can still be "
        "deleted; “check” lists every such problem.",
    ),
    "workshop.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "Workshop {id} “{title}” cannot be read: {problem} Another program may have changed "
        "the workshops file. The workshop can still be deleted; “check” lists every such "
        "problem.",
    ),
    "framework.not_found": QT_TRANSLATE_NOOP("Errors", "There is no framework with key “{key}”."),
    "framework.built_in": QT_TRANSLATE_NOOP(
        "Errors", "The framework “{key}” is built in; duplicate it to make changes."
    ),
    "framework.built_in_delete": QT_TRANSLATE_NOOP(
        "Errors", "The framework “{key}” is built in, so it cannot be deleted."
    ),
    # files read and written
    "file.not_a_file": QT_TRANSLATE_NOOP("Errors", "{path} is not a file."),
    "file.too_large": QT_TRANSLATE_NOOP(
        "Errors", "{path} is {megabytes:.1f} MB; the limit is {limit:.0f} MB."
    ),
    "file.missing": QT_TRANSLATE_NOOP("Errors", "{path}: there is no such file."),
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({detail})."),
    "file.cannot_write_here": QT_TRANSLATE_NOOP(
        "Errors", "{path}: a file cannot be written here ({detail})."
    ),
    "file.inside_data_folder": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is inside the data folder {folder}, which holds the workshops file, its backups "
        "and lock; choose another folder.",
    ),
    "file.is_link": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a link to {target}; name the file itself instead."
    ),
    "file.not_plain": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a plain file (a folder, a device or a pipe); choose a file name.",
    ),
    "file.cannot_write": QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({detail})."),
    "file.exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists; use --force to replace it."
    ),
    "file.write_failed": QT_TRANSLATE_NOOP(
        "Errors", "{path} could not be written ({detail})."
    ),
    "export.unknown_suffix": QT_TRANSLATE_NOOP(
        "Errors", "Data cannot be exported as “{suffix}”: name the file {known}."
    ),
    "export.workshop_file_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "This workshop would make a workshop file of {megabytes:.1f} MB, and workshop files are "
        "limited to {limit:.0f} MB, so no laptop could import it. Leave the private notes out, "
        "or shorten the longest notes and lists, then export it again; the report and the data "
        "exports still hold everything.",
    ),
    "export.stopped": QT_TRANSLATE_NOOP(
        "Errors",
        "The process making the file stopped before it was done (exit code {exit_code}); the "
        "computer may be short of memory. Close other programs and try again.",
    ),
    # a workshop and its groups
    "workshop.no_items": QT_TRANSLATE_NOOP("Errors", "A workshop needs at least one item."),
    "workshop.item_twice": QT_TRANSLATE_NOOP("Errors", "Item {item} is listed twice."),
    "workshop.item_not_in_framework": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} is not in the framework."
    ),
    "workshop.item_not_here": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} is not in this workshop."
    ),
    "workshop.group_count": QT_TRANSLATE_NOOP("Errors", "A workshop needs 1 to {most} groups."),
    "workshop.group_key_twice": QT_TRANSLATE_NOOP(
        "Errors", "The group key {key} is used twice."
    ),
    "workshop.group_name_twice": QT_TRANSLATE_NOOP("Errors", "Two groups are called “{name}”."),
    "workshop.no_group": QT_TRANSLATE_NOOP("Errors", "There is no group with key {key}."),
    "group.size_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "Group “{group}”: the number of participants must be a whole number from 1 to "
        "{most:,}.",
    ),
    "group.rates_item_out_of_scope": QT_TRANSLATE_NOOP(
        "Errors", "Group “{group}” rates item {item}, which is not in this workshop."
    ),
    "barrier.two_links": QT_TRANSLATE_NOOP(
        "Errors", "A barrier holds back a stage or a principle, not both: choose one."
    ),
    "barrier.too_many": QT_TRANSLATE_NOOP(
        "Errors", "A barrier log holds at most {most:,} barriers."
    ),
    "barrier.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "A barrier names a group that is not in this workshop ({key})."
    ),
    "barrier.unknown_principle": QT_TRANSLATE_NOOP(
        "Errors",
        "A barrier names principle {principle}, which is not in this workshop's framework.",
    ),
    "plan.group_twice": QT_TRANSLATE_NOOP("Errors", "A plan entry names the same group twice."),
    "plan.learns_from_itself": QT_TRANSLATE_NOOP(
        "Errors", "A group cannot learn from itself: choose another group to learn from ({key})."
    ),
    "plan.too_many": QT_TRANSLATE_NOOP("Errors", "A plan holds at most {most:,} entries."),
    "plan.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "A plan entry names a group that is not in this workshop ({key})."
    ),
    "plan.unknown_item": QT_TRANSLATE_NOOP(
        "Errors", "A plan entry names item {item}, which is not in this workshop."
    ),
    "action.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "An action names a group that is not in this workshop ({key})."
    ),
    "action.unknown_item": QT_TRANSLATE_NOOP(
        "Errors", "An action is about item {item}, which is not in this workshop."
    ),
    "action.unknown_plan_entry": QT_TRANSLATE_NOOP(
        "Errors", "An action is about plan entry {number}, which is not in the training plan."
    ),
    "action.two_links": QT_TRANSLATE_NOOP(
        "Errors", "An action can be about an item or a plan entry, not both."
    ),
    "parking_lot.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "A parking-lot entry names a group that is not in this workshop ({key})."
    ),
    "cross_rating.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "A view of another group names a group that is not in this workshop ({key})."
    ),
    "cross_rating.own_group": QT_TRANSLATE_NOOP(
        "Errors", "A group gives its own view of itself by rating the item, not as another's view."
    ),
    "cross_rating.item_out_of_scope": QT_TRANSLATE_NOOP(
        "Errors", "A view of another group is on item {item}, which is not in this workshop."
    ),
    "cross_rating.twice": QT_TRANSLATE_NOOP(
        "Errors", "Group {key} gives its view of the same group on item {item} twice."
    ),
    # ratings and dots
    "rating.other_item": QT_TRANSLATE_NOOP("Errors", "The rating is for another item than {item}."),
    "rating.level_not_chosen": QT_TRANSLATE_NOOP(
        "Errors", "Choose the level the group agrees on first."
    ),
    "rating.agreed_needs_level": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: an agreed rating needs the level now."
    ),
    "rating.skipped_with_tally": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: a skipped item has no dots."
    ),
    "tally.negative": QT_TRANSLATE_NOOP("Errors", "Level {level} has a negative count of dots."),
    "tally.total_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The dots add up to {total}, but the group has {participants} participants."
    ),
    "paper.level_off_scale": QT_TRANSLATE_NOOP(
        "Errors", "{level} is not on the scale: levels run from {lowest} to {highest}."
    ),
    "paper.agreed_needs_level": QT_TRANSLATE_NOOP(
        "Errors",
        "Item {item}: an agreed item needs the level now; type it, or mark the item split.",
    ),
    # the scale and the framework
    "scale.level_count": QT_TRANSLATE_NOOP("Errors", "A scale needs between 2 and 9 levels."),
    "scale.levels_not_counting": QT_TRANSLATE_NOOP(
        "Errors", "A scale's levels must count up by one from 0 or more, not {levels}."
    ),
    "scale.outside": QT_TRANSLATE_NOOP(
        "Errors", "{value} is outside the scale {lowest}–{highest}."
    ),
    "framework.areas": QT_TRANSLATE_NOOP(
        "Errors", "A framework must describe each area once, in order."
    ),
    "framework.stages": QT_TRANSLATE_NOOP(
        "Errors", "A framework must describe each of the four stages once, in order."
    ),
    "framework.no_principles": QT_TRANSLATE_NOOP(
        "Errors", "A framework needs at least one principle."
    ),
    "framework.no_items": QT_TRANSLATE_NOOP("Errors", "A framework needs at least one item."),
    "framework.no_item": QT_TRANSLATE_NOOP("Errors", "There is no item with code {item}."),
    "framework.no_principle": QT_TRANSLATE_NOOP(
        "Errors", "There is no principle with code {principle}."
    ),
    "framework.repeated": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” appears more than once."),
    "item.unknown_principle": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} names an unknown principle, {principle}."
    ),
    "item.required_levels_fall": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: the required levels must not fall from one stage to the next."
    ),
    "item.source_lines": QT_TRANSLATE_NOOP(
        "Errors", "An item's source must name at least one line of the paper, counting from 1."
    ),
    "item.source_lines_typed": QT_TRANSLATE_NOOP(
        "Errors",
        "Item {item}: “{typed}” is not a list of the paper's line numbers (whole numbers from "
        "1 to 100,000, at most 50, separated by commas).",
    ),
    "item.source_half": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: a source needs both the paper's line numbers and its quote."
    ),
    "role.source_lines_typed": QT_TRANSLATE_NOOP(
        "Errors",
        "The paper's lines for a role: “{typed}” is not a list of line numbers (whole numbers "
        "from 1 to 100,000, at most 50, separated by commas).",
    ),
    "framework.in_entry": QT_TRANSLATE_NOOP("Errors", "{entry}: {problem}"),
    "framework.group_unnamed": QT_TRANSLATE_NOOP(
        "Errors",
        "Default group {number} has no name in this language: name it, or clear its name in "
        "every language to drop it.",
    ),
    "framework.too_many_points": QT_TRANSLATE_NOOP(
        "Errors", "This stage has {count} points; a stage has at most {most}, one a line."
    ),
    "framework.role_for_no_group": QT_TRANSLATE_NOOP(
        "Errors", "A role is given for “{name}”, which is not one of the default groups."
    ),
    "framework.in_language": QT_TRANSLATE_NOOP("Errors", "{language}: {problem}"),
    "framework.level_words_scale": QT_TRANSLATE_NOOP(
        "Errors", "The level words for {area} must cover the same levels as the scale."
    ),
    # text typed by a person
    "text.not_text": QT_TRANSLATE_NOOP("Errors", "{field}: this must be text."),
    "text.empty": QT_TRANSLATE_NOOP("Errors", "{field}: this must not be empty."),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this is {length:,} characters long; the limit is {limit:,}."
    ),
    "text.control_character": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this contains the control character {character}."
    ),
    "text.half_pair": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this contains {character}, half of a character pair."
    ),
    # workshop and framework files
    "document.too_large": QT_TRANSLATE_NOOP(
        "Errors", "{source} is {megabytes:.1f} MB; the limit is {limit:.0f} MB."
    ),
    "document.empty": QT_TRANSLATE_NOOP(
        "Errors", "{source} is empty: it holds no workshop or framework."
    ),
    "document.sqlite": QT_TRANSLATE_NOOP(
        "Errors", "{source} is an SQLite database, not a workshop or framework file."
    ),
    "document.not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{source} is not UTF-8 text (bad byte at offset {offset})."
    ),
    "document.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{source} is not valid JSON (line {line}, column {column}: {detail})."
    ),
    "document.not_json_value": QT_TRANSLATE_NOOP(
        "Errors", "{source} is not valid JSON ({detail})."
    ),
    "document.number_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{source} contains a number too long to read (thousands of digits)."
    ),
    "document.constant": QT_TRANSLATE_NOOP(
        "Errors", "{source} contains {name}, which is not a valid JSON number."
    ),
    "document.repeated_key": QT_TRANSLATE_NOOP(
        "Errors", "{source} gives the field “{key}” twice in one object."
    ),
    "document.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "{source} is nested more than {most} levels deep."
    ),
    "document.not_object": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be an object, not {kind}."
    ),
    "document.unknown_field": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this has an unknown field, “{field}”."
    ),
    "document.missing_field": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: the field “{field}” is missing."
    ),
    "document.not_list": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be a list, not {kind}."
    ),
    "document.too_many": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this has {entries:,} entries; the limit is {most:,}."
    ),
    "document.not_text": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be text, not {kind}."
    ),
    "document.text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this is {length:,} characters long; the limit is {limit:,}."
    ),
    "document.control_character": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this contains the control character {character}."
    ),
    "document.half_pair": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: this contains {character}, half of a character pair, which is not text "
        "(the file is damaged).",
    ),
    "document.not_integer": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be a whole number, not {kind}."
    ),
    "document.out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: {value} is outside {low}–{high}."
    ),
    "document.not_boolean": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be true or false, not {kind}."
    ),
    "document.not_date": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: “{text}” is not a date written YYYY-MM-DD."
    ),
    "document.unknown_choice": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: “{text}” is not a known {what}."
    ),
    "document.invalid": QT_TRANSLATE_NOOP("Errors", "{source}{at}: {problem}"),
    "document.not_workshop": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be “{expected}”: this is not a workshop file."
    ),
    "document.framework_not_workshop": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: this must be “{expected}”: this is a framework file, not a workshop file.",
    ),
    "document.not_framework": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be “{expected}”: this is not a framework file."
    ),
    "document.workshop_version": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: version {version} is not supported (this app reads versions 1 to "
        "{supported}; a newer CoProd Desktop may have written it).",
    ),
    "document.framework_version": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: version {version} is not supported (this app reads version "
        "{supported}).",
    ),
    "document.newer_field": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: a version {version} framework file cannot have this field (it came "
        "with version 2).",
    ),
    "document.bad_uid": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be letters, digits and hyphens."
    ),
    "document.rated_twice": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: item {item} is rated a second time."
    ),
    "document.tally_level": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: “{level}” is not a level on the scale {lowest}–{highest}."
    ),
}  # fmt: skip
