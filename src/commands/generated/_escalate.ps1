
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'escalate' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'escalate'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'escalate' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Walk through the checklist and get a verdict (the main job)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a checklist''s items and questions with their answer keys')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print an answers file to fill in and pass to `check --answers`')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Delete the answers kept between runs in a terminal')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check custom checklists and report every problem')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the default checklist to a file, to customise')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a file format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'escalate;check' {
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'A custom checklist instead of the built-in one')
            [CompletionResult]::new('--answers', '--answers', [CompletionResultType]::ParameterName, 'Read answers from a YAML or JSON file (`-` for stdin)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Answer one question; overrides --answers (repeat for more, or for more entries of a list)')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer one question; overrides --answers (repeat for more, or for more entries of a list)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format on stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format on stdout')
            [CompletionResult]::new('--brief', '--brief', [CompletionResultType]::ParameterName, 'Also write the brief for your CSM to FILE: Markdown (.md), plain text (.txt) or an email draft to send (.eml), by its extension')
            [CompletionResult]::new('--partner-note', '--partner-note', [CompletionResultType]::ParameterName, 'Also write a message to your partner to FILE (.md, .txt or .eml), asking them to answer within the checklist''s response window')
            [CompletionResult]::new('--csm-email', '--csm-email', [CompletionResultType]::ParameterName, 'Address the brief''s email draft (.eml) to your CSM at ADDRESS')
            [CompletionResult]::new('--save-answers', '--save-answers', [CompletionResultType]::ParameterName, 'Write the answers used to FILE, to replay with --answers')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Today''s date for date questions and the brief [default: SOURCE_DATE_EPOCH, else the system clock]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a missing answer is an error')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Start afresh: do not offer the answers kept from an earlier run in a terminal')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Ask in plain lines, for a screen reader or a simple terminal: numbered choices, no cursor movement, no colour (also with TERM=dumb, or ESCALATE_PLAIN set)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing --brief, --partner-note and --save-answers files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;show' {
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'A custom checklist instead of the built-in one')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;template' {
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'A custom checklist instead of the built-in one')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;forget' {
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'A custom checklist instead of the built-in one')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;validate' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;init' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;completions' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;man' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'escalate;schema' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the default checklist [default: the checklist''s own, else the locale, else English]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns `auto` off)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'escalate;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Walk through the checklist and get a verdict (the main job)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a checklist''s items and questions with their answer keys')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print an answers file to fill in and pass to `check --answers`')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Delete the answers kept between runs in a terminal')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check custom checklists and report every problem')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the default checklist to a file, to customise')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a file format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'escalate;help;check' {
            break
        }
        'escalate;help;show' {
            break
        }
        'escalate;help;template' {
            break
        }
        'escalate;help;forget' {
            break
        }
        'escalate;help;validate' {
            break
        }
        'escalate;help;init' {
            break
        }
        'escalate;help;completions' {
            break
        }
        'escalate;help;man' {
            break
        }
        'escalate;help;schema' {
            break
        }
        'escalate;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
