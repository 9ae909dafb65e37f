namespace Ports.DataGenerator;

/// <summary>One line of the generated services file: <c>name&lt;TAB&gt;port/protocol [alias...] [# description]</c>.</summary>
/// <param name="Name">The service name (already mapped by <see cref="ServiceNameMapper"/>).</param>
/// <param name="Port">The port, 0 to 65535.</param>
/// <param name="Protocol">One of <see cref="IanaProtocols.All"/>.</param>
/// <param name="Aliases">The other names on the same port and protocol, in registry order, without the name itself.</param>
/// <param name="Description">The cleaned description of the record that supplied the name; empty for none.</param>
internal sealed record GeneratedEntry(string Name, int Port, string Protocol, IReadOnlyList<string> Aliases, string Description);
