
use builtin;
use str;

set edit:completion:arg-completer[escalate] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'escalate'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'escalate'= {
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Walk through the checklist and get a verdict (the main job)'
            cand show 'Print a checklist''s items and questions with their answer keys'
            cand template 'Print an answers file to fill in and pass to `check --answers`'
            cand forget 'Delete the answers kept between runs in a terminal'
            cand validate 'Check custom checklists and report every problem'
            cand init 'Write the default checklist to a file, to customise'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand schema 'Print the JSON Schema of a file format'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'escalate;check'= {
            cand --checklist 'A custom checklist instead of the built-in one'
            cand --answers 'Read answers from a YAML or JSON file (`-` for stdin)'
            cand -a 'Answer one question; overrides --answers (repeat for more, or for more entries of a list)'
            cand --answer 'Answer one question; overrides --answers (repeat for more, or for more entries of a list)'
            cand -f 'Output format on stdout'
            cand --format 'Output format on stdout'
            cand --brief 'Also write the brief for your CSM to FILE: Markdown (.md), plain text (.txt) or an email draft to send (.eml), by its extension'
            cand --partner-note 'Also write a message to your partner to FILE (.md, .txt or .eml), asking them to answer within the checklist''s response window'
            cand --csm-email 'Address the brief''s email draft (.eml) to your CSM at ADDRESS'
            cand --save-answers 'Write the answers used to FILE, to replay with --answers'
            cand --today 'Today''s date for date questions and the brief [default: SOURCE_DATE_EPOCH, else the system clock]'
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand --no-input 'Never prompt: a missing answer is an error'
            cand --fresh 'Start afresh: do not offer the answers kept from an earlier run in a terminal'
            cand --plain 'Ask in plain lines, for a screen reader or a simple terminal: numbered choices, no cursor movement, no colour (also with TERM=dumb, or ESCALATE_PLAIN set)'
            cand --force 'Replace existing --brief, --partner-note and --save-answers files'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;show'= {
            cand --checklist 'A custom checklist instead of the built-in one'
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;template'= {
            cand --checklist 'A custom checklist instead of the built-in one'
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;forget'= {
            cand --checklist 'A custom checklist instead of the built-in one'
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;validate'= {
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;init'= {
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;completions'= {
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;man'= {
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'escalate;schema'= {
            cand --lang 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]'
            cand --color 'When to use colour (NO_COLOR turns `auto` off)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'escalate;help'= {
            cand check 'Walk through the checklist and get a verdict (the main job)'
            cand show 'Print a checklist''s items and questions with their answer keys'
            cand template 'Print an answers file to fill in and pass to `check --answers`'
            cand forget 'Delete the answers kept between runs in a terminal'
            cand validate 'Check custom checklists and report every problem'
            cand init 'Write the default checklist to a file, to customise'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand schema 'Print the JSON Schema of a file format'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'escalate;help;check'= {
        }
        &'escalate;help;show'= {
        }
        &'escalate;help;template'= {
        }
        &'escalate;help;forget'= {
        }
        &'escalate;help;validate'= {
        }
        &'escalate;help;init'= {
        }
        &'escalate;help;completions'= {
        }
        &'escalate;help;man'= {
        }
        &'escalate;help;schema'= {
        }
        &'escalate;help;help'= {
        }
    ]
    $completions[$command]
}
