namespace Ports.Cli.Output;

/// <summary>The words the tool prints for the library's values, in text and in JSON alike.</summary>
internal static class Words
{
    /// <summary>Returns a port class as a word: <c>well-known</c>, <c>registered</c> or <c>dynamic</c>.</summary>
    /// <param name="portClass">The class.</param>
    /// <returns>The word.</returns>
    public static string Of(PortClass portClass) => portClass switch
    {
        PortClass.WellKnown => "well-known",
        PortClass.Registered => "registered",
        _ => "dynamic",
    };

    /// <summary>Returns a port class with its range, such as <c>well-known (0-1023)</c>.</summary>
    /// <param name="portClass">The class.</param>
    /// <returns>The text.</returns>
    public static string WithRange(PortClass portClass) => portClass switch
    {
        PortClass.WellKnown => "well-known (0-1023)",
        PortClass.Registered => "registered (1024-49151)",
        _ => "dynamic (49152-65535)",
    };

    /// <summary>Returns a direction as a word: <c>inbound</c>, <c>outbound</c> or <c>unknown</c>.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The word.</returns>
    public static string Of(ConnectionDirection direction) => direction switch
    {
        ConnectionDirection.Inbound => "inbound",
        ConnectionDirection.Outbound => "outbound",
        _ => "unknown",
    };
}
