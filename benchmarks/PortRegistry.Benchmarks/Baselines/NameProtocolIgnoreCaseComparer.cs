namespace Ports.Benchmarks.Baselines;

/// <summary>Compares <c>(name, protocol)</c> keys with the name's case ignored (<see cref="StringComparer.OrdinalIgnoreCase"/>) and the protocol exactly.</summary>
internal sealed class NameProtocolIgnoreCaseComparer : IEqualityComparer<(string Name, string Protocol)>
{
    /// <summary>The one instance.</summary>
    public static readonly NameProtocolIgnoreCaseComparer Instance = new();

    /// <inheritdoc />
    public bool Equals((string Name, string Protocol) x, (string Name, string Protocol) y)
        => StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name) && StringComparer.Ordinal.Equals(x.Protocol, y.Protocol);

    /// <inheritdoc />
    public int GetHashCode((string Name, string Protocol) obj)
        => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name), StringComparer.Ordinal.GetHashCode(obj.Protocol));
}
