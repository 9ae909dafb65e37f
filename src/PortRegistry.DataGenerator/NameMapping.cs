namespace Ports.DataGenerator;

/// <summary>A registry name that had to be changed for the services file.</summary>
/// <param name="Original">The name as IANA writes it.</param>
/// <param name="Mapped">The name as the services file holds it.</param>
internal sealed record NameMapping(string Original, string Mapped);
