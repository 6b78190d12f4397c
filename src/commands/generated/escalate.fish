# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_escalate_global_optspecs
    string join \n lang= color= h/help V/version
end

function __fish_escalate_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_escalate_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_escalate_using_subcommand
    set -l cmd (__fish_escalate_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c escalate -n "__fish_escalate_needs_command" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_needs_command" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_needs_command" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_needs_command" -s V -l version -d 'Print version'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "check" -d 'Walk through the checklist and get a verdict (the main job)'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "show" -d 'Print a checklist\'s items and questions with their answer keys'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "template" -d 'Print an answers file to fill in and pass to `check --answers`'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "forget" -d 'Delete the answers kept between runs in a terminal'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "validate" -d 'Check custom checklists and report every problem'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "init" -d 'Write the default checklist to a file, to customise'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "schema" -d 'Print the JSON Schema of a file format'
complete -c escalate -n "__fish_escalate_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c escalate -n "__fish_escalate_using_subcommand check" -l checklist -d 'A custom checklist instead of the built-in one' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand check" -l answers -d 'Read answers from a YAML or JSON file (`-` for stdin)' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand check" -s a -l answer -d 'Answer one question; overrides --answers (repeat for more, or for more entries of a list)' -r
complete -c escalate -n "__fish_escalate_using_subcommand check" -s f -l format -d 'Output format on stdout' -r -f -a "text\t''
json\t''
markdown\t''"
complete -c escalate -n "__fish_escalate_using_subcommand check" -l brief -d 'Also write the brief for your CSM to FILE: Markdown (.md), plain text (.txt) or an email draft to send (.eml), by its extension' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand check" -l partner-note -d 'Also write a message to your partner to FILE (.md, .txt or .eml), asking them to answer within the checklist\'s response window' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand check" -l csm-email -d 'Address the brief\'s email draft (.eml) to your CSM at ADDRESS' -r
complete -c escalate -n "__fish_escalate_using_subcommand check" -l save-answers -d 'Write the answers used to FILE, to replay with --answers' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand check" -l today -d 'Today\'s date for date questions and the brief [default: SOURCE_DATE_EPOCH, else the system clock]' -r
complete -c escalate -n "__fish_escalate_using_subcommand check" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand check" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand check" -l no-input -d 'Never prompt: a missing answer is an error'
complete -c escalate -n "__fish_escalate_using_subcommand check" -l fresh -d 'Start afresh: do not offer the answers kept from an earlier run in a terminal'
complete -c escalate -n "__fish_escalate_using_subcommand check" -l plain -d 'Ask in plain lines, for a screen reader or a simple terminal: numbered choices, no cursor movement, no colour (also with TERM=dumb, or ESCALATE_PLAIN set)'
complete -c escalate -n "__fish_escalate_using_subcommand check" -l force -d 'Replace existing --brief, --partner-note and --save-answers files'
complete -c escalate -n "__fish_escalate_using_subcommand check" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand show" -l checklist -d 'A custom checklist instead of the built-in one' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand show" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand show" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand show" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand template" -l checklist -d 'A custom checklist instead of the built-in one' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand template" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand template" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand template" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand forget" -l checklist -d 'A custom checklist instead of the built-in one' -r -F
complete -c escalate -n "__fish_escalate_using_subcommand forget" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand forget" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand forget" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand validate" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand validate" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand validate" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand init" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand init" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand init" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand completions" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand completions" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand man" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand man" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand man" -s h -l help -d 'Print help'
complete -c escalate -n "__fish_escalate_using_subcommand schema" -l lang -d 'Language of messages and of the default checklist [default: the checklist\'s own, else the locale, else English]' -r -f -a "en\t''
de\t''"
complete -c escalate -n "__fish_escalate_using_subcommand schema" -l color -d 'When to use colour (NO_COLOR turns `auto` off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c escalate -n "__fish_escalate_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "check" -d 'Walk through the checklist and get a verdict (the main job)'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "show" -d 'Print a checklist\'s items and questions with their answer keys'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "template" -d 'Print an answers file to fill in and pass to `check --answers`'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "forget" -d 'Delete the answers kept between runs in a terminal'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "validate" -d 'Check custom checklists and report every problem'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "init" -d 'Write the default checklist to a file, to customise'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "completions" -d 'Print shell completions'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "man" -d 'Print the man page (roff)'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "schema" -d 'Print the JSON Schema of a file format'
complete -c escalate -n "__fish_escalate_using_subcommand help; and not __fish_seen_subcommand_from check show template forget validate init completions man schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
