namespace Ports.Cli.Parsing;

/// <summary>The command a <c>portreg</c> command line names.</summary>
internal enum CommandKind
{
    /// <summary>No command: <c>portreg --help</c>, <c>portreg --version</c>, or a usage error.</summary>
    None,

    /// <summary><c>portreg lookup KEY...</c>.</summary>
    Lookup,

    /// <summary><c>portreg getent [KEY...]</c>.</summary>
    Getent,

    /// <summary><c>portreg connections</c>.</summary>
    Connections,
}
