using System.Globalization;
using Ports.Cli.Connections;
using Ports.Cli.Output;

namespace Ports.Cli.Parsing;

/// <summary>
/// Reads a <c>portreg</c> command line. A small parser written for the tool's few commands, so that the native tool
/// starts with little more work than a hello world (a general command-line library builds its model of every
/// command and option before the first argument is read). The rules:
/// <list type="bullet">
/// <item>The global options <c>--file PATH</c>, <c>--embedded</c>, <c>--lang ja|en</c> and <c>-h</c>/<c>--help</c>/<c>-?</c>
/// go before or after the command; a command's own options go after it; <c>--version</c> stands alone.</item>
/// <item>A value follows its option as the next argument or after <c>=</c> (<c>--port 80</c>, <c>--port=80</c>); the
/// next argument is not taken as a value when it is an option the tool knows (<c>--service --json</c> lacks a value).</item>
/// <item><c>-l</c>, <c>-t</c> and <c>-u</c> can be bundled (<c>-ltu</c>); a flag given twice counts once; a value given
/// twice is an error.</item>
/// <item>Any other argument that starts with <c>-</c> (but is not <c>-</c> itself) is an unknown option; after
/// <c>--</c> every argument is a key.</item>
/// <item>Help wins over every error: <c>portreg lookup --bogus --help</c> prints the help of <c>lookup</c>.</item>
/// </list>
/// </summary>
internal sealed class ArgumentParser
{
    private static readonly string[] s_knownOptions =
    [
        "-h", "-?", "--help", "--version", "--file", "--embedded", "--lang", "--json",
        "-l", "--listening", "-t", "--tcp", "-u", "--udp", "--port", "--service", "--state", "--",
    ];

    private readonly IReadOnlyList<string> _args;
    private readonly List<string> _errors = [];
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, int> _valueCounts = new(StringComparer.Ordinal);
    private ParsedArguments _result = new();
    private bool _unrecognizedAtRoot;
    private int _index;

    private ArgumentParser(IReadOnlyList<string> args) => _args = args;

    /// <summary>Reads a command line.</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <returns>What they ask for, with the usage errors found.</returns>
    public static ParsedArguments Parse(IReadOnlyList<string> args) => new ArgumentParser(args).Run();

    private ParsedArguments Run()
    {
        bool afterDoubleDash = false;
        for (_index = 0; _index < _args.Count; _index++)
        {
            string token = _args[_index];
            if (afterDoubleDash || token.Length < 2 || token[0] != '-')
            {
                Argument(token, afterDoubleDash);
            }
            else if (token == "--")
            {
                afterDoubleDash = true;
            }
            else
            {
                Option(token);
            }
        }

        Finish();
        return _result with { Keys = _keys, Errors = _errors };
    }

    private void Argument(string token, bool afterDoubleDash)
    {
        switch (_result.Command)
        {
            case CommandKind.None when !afterDoubleDash && CommandNamed(token) is { } command:
                _result = _result with { Command = command };
                break;
            case CommandKind.Lookup or CommandKind.Getent:
                _keys.Add(token);
                break;
            default:
                _unrecognizedAtRoot |= _result.Command == CommandKind.None;
                _errors.Add($"Unrecognized command or argument '{TerminalText.Escape(token)}'.");
                break;
        }
    }

    private static CommandKind? CommandNamed(string token) => token switch
    {
        "lookup" => CommandKind.Lookup,
        "getent" => CommandKind.Getent,
        "connections" => CommandKind.Connections,
        _ => null,
    };

    private void Option(string token)
    {
        int equals = token.StartsWith("--", StringComparison.Ordinal) ? token.IndexOf('=', StringComparison.Ordinal) : -1;
        string name = equals < 0 ? token : token[..equals];
        string? inline = equals < 0 ? null : token[(equals + 1)..];
        CommandKind command = _result.Command;
        bool connections = command == CommandKind.Connections;
        bool json = command is CommandKind.Lookup or CommandKind.Connections;
        switch (name)
        {
            case "-h" or "-?" or "--help" when inline is null:
                _result = _result with { Help = true };
                break;
            case "--version" when inline is null && command == CommandKind.None:
                _result = _result with { Version = true };
                break;
            case "--embedded":
                _result = _result with { Embedded = Flag(name, inline) };
                break;
            case "--json" when json:
                _result = _result with { Json = Flag(name, inline) };
                break;
            case "-l" or "--listening" when connections:
                _result = _result with { Listening = Flag(name, inline) };
                break;
            case "-t" or "--tcp" when connections:
                _result = _result with { Tcp = Flag(name, inline) };
                break;
            case "-u" or "--udp" when connections:
                _result = _result with { Udp = Flag(name, inline) };
                break;
            case "--file":
                _result = _result with { File = Value(name, inline) ?? _result.File };
                break;
            case "--lang":
                _result = _result with { Language = Value(name, inline) is { } language ? Language(language) : _result.Language };
                break;
            case "--port" when connections:
                _result = _result with { Port = Value(name, inline) is { } port ? Port(port) : _result.Port };
                break;
            case "--service" when connections:
                _result = _result with { Service = Value(name, inline) ?? _result.Service };
                break;
            case "--state" when connections:
                _result = _result with { State = Value(name, inline) is { } state ? State(state) : _result.State };
                break;
            default:
                if (!(connections && Bundle(token)))
                {
                    _unrecognizedAtRoot |= command == CommandKind.None;
                    _errors.Add($"Unrecognized option '{TerminalText.Escape(token)}'.");
                }

                break;
        }
    }

    /// <summary>Reads <c>-ltu</c>, the short flags of <c>connections</c> bundled; any other letter makes it unknown.</summary>
    private bool Bundle(string token)
    {
        if (token.StartsWith("--", StringComparison.Ordinal) || token.AsSpan(1).ContainsAnyExcept("ltuh?"))
        {
            return false;
        }

        _result = _result with
        {
            Listening = _result.Listening || token.Contains('l', StringComparison.Ordinal),
            Tcp = _result.Tcp || token.Contains('t', StringComparison.Ordinal),
            Udp = _result.Udp || token.Contains('u', StringComparison.Ordinal),
            Help = _result.Help || token.AsSpan(1).ContainsAny('h', '?'),
        };
        return true;
    }

    /// <summary>Reads a flag: present is <see langword="true"/>, and <c>--json=false</c> is allowed as it always was.</summary>
    private bool Flag(string name, string? inline)
    {
        if (inline is null)
        {
            return true;
        }

        if (bool.TryParse(inline, out bool value))
        {
            return value;
        }

        _errors.Add($"Option '{name}' takes no value: '{TerminalText.Escape(inline)}' is neither true nor false.");
        return false;
    }

    /// <summary>Reads the value of an option: after <c>=</c>, else the next argument unless that is an option the tool knows.</summary>
    private string? Value(string name, string? inline)
    {
        string? value = inline;
        if (value is null && _index + 1 < _args.Count && Array.IndexOf(s_knownOptions, _args[_index + 1]) < 0)
        {
            value = _args[++_index];
        }

        if (value is null)
        {
            _errors.Add($"Required argument missing for option: '{name}'.");
            return null;
        }

        _valueCounts[name] = _valueCounts.GetValueOrDefault(name) + 1;
        return value;
    }

    private string? Language(string value)
    {
        if (value is "ja" or "en")
        {
            return value;
        }

        _errors.Add($"Argument '{TerminalText.Escape(value)}' not recognized. Must be one of:\n\t'ja'\n\t'en'");
        return null;
    }

    private int? Port(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535)
        {
            return port;
        }

        _errors.Add($"--port needs a port number from 0 to 65535, not '{TerminalText.Escape(value)}'.");
        return null;
    }

    private string? State(string value)
    {
        if (ConnectionFilter.ParseState(value) is { } state)
        {
            return state;
        }

        _errors.Add($"--state needs one of {string.Join(", ", ConnectionFilter.States)}, not '{TerminalText.Escape(value)}'.");
        return null;
    }

    private void Finish()
    {
        foreach ((string name, int count) in _valueCounts)
        {
            if (count > 1)
            {
                _errors.Add(string.Create(CultureInfo.InvariantCulture, $"Option '{name}' expects a single argument but {count} were provided."));
            }
        }

        if (_result.File is not null && _result.Embedded)
        {
            _errors.Add("--file and --embedded cannot be used together.");
        }

        if (_result.Version && _args.Count > 1)
        {
            _errors.Add("--version option cannot be combined with other arguments.");
        }
        else if (_result.Command == CommandKind.None && !_result.Version && !_unrecognizedAtRoot)
        {
            _errors.Insert(0, "Required command was not provided.");
        }
        else if (_result.Command == CommandKind.Lookup && _keys.Count == 0 && _errors.Count == 0)
        {
            _errors.Add("Required argument missing for command: 'lookup'.");
        }
    }
}
