namespace Ports.Cli;

/// <summary>An error the user can act on, printed as <c>portreg: message</c> on standard error with exit status 1.</summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong, in a sentence that names the file or option involved.</param>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error from the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public CliException()
        : base("portreg failed.")
    {
    }
}
