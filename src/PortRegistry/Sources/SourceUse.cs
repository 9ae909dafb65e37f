namespace Ports.Sources;

/// <summary>Says what a source's failure means and when the source is read at all.</summary>
internal enum SourceUse
{
    /// <summary>Always read; a failure to read it is thrown to the caller.</summary>
    Required,

    /// <summary>Always read; a failure to read it is recorded in the registry's sources, never thrown.</summary>
    Optional,

    /// <summary>Read only when no source before it (other than the application's entries) loaded; a failure is recorded.</summary>
    Fallback,
}
