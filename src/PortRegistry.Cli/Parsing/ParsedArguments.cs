namespace Ports.Cli.Parsing;

/// <summary>
/// What a <c>portreg</c> command line asks for, as <see cref="ArgumentParser"/> read it: the command, its keys and
/// options, and the usage errors found (when there are any, nothing else is to be trusted but the command, whose usage
/// is printed).
/// </summary>
internal sealed record ParsedArguments
{
    /// <summary>Gets the command, or <see cref="CommandKind.None"/>.</summary>
    public CommandKind Command { get; init; }

    /// <summary>Gets a value indicating whether <c>-h</c>, <c>--help</c> or <c>-?</c> was given (at any level): the help of <see cref="Command"/> is printed, whatever else the line holds.</summary>
    public bool Help { get; init; }

    /// <summary>Gets a value indicating whether <c>--version</c> was given, alone.</summary>
    public bool Version { get; init; }

    /// <summary>Gets <c>--file PATH</c>, or <see langword="null"/>.</summary>
    public string? File { get; init; }

    /// <summary>Gets a value indicating whether <c>--embedded</c> was given.</summary>
    public bool Embedded { get; init; }

    /// <summary>Gets <c>--lang</c> (<c>ja</c> or <c>en</c>), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Gets a value indicating whether <c>--json</c> was given (<c>lookup</c>, <c>connections</c>).</summary>
    public bool Json { get; init; }

    /// <summary>Gets a value indicating whether <c>-l</c>/<c>--listening</c> was given (<c>connections</c>).</summary>
    public bool Listening { get; init; }

    /// <summary>Gets a value indicating whether <c>-t</c>/<c>--tcp</c> was given (<c>connections</c>).</summary>
    public bool Tcp { get; init; }

    /// <summary>Gets a value indicating whether <c>-u</c>/<c>--udp</c> was given (<c>connections</c>).</summary>
    public bool Udp { get; init; }

    /// <summary>Gets <c>--port N</c> (<c>connections</c>), or <see langword="null"/>.</summary>
    public int? Port { get; init; }

    /// <summary>Gets <c>--service NAME</c> (<c>connections</c>), or <see langword="null"/>.</summary>
    public string? Service { get; init; }

    /// <summary>Gets <c>--state STATE</c> as the table names the state (<c>connections</c>), or <see langword="null"/>.</summary>
    public string? State { get; init; }

    /// <summary>Gets the keys of <c>lookup</c> and <c>getent</c>, in order.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>Gets the usage errors, one sentence each, in the order of the arguments; empty when the line is valid.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
