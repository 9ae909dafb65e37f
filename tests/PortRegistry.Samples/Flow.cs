using System.Net;

namespace Ports.Samples;

/// <summary>A flow record of another machine, as a flow log would hold it (docs/labels.md).</summary>
/// <param name="Source">The endpoint that sent the first packet.</param>
/// <param name="Destination">The endpoint it was sent to.</param>
public sealed record Flow(IPEndPoint Source, IPEndPoint Destination);
