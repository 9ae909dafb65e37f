using System.Diagnostics.CodeAnalysis;

// RS0026 asks that at most one overload of a method take optional parameters, so that adding one later cannot make
// calls ambiguous. The two Label overloads differ in their first parameters (endpoints or port numbers), so no call
// can match both; each keeps its optional ephemeral range.
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the types of their required parameters.",
    Scope = "member",
    Target = "~M:Ports.PortRegistry.Label(System.Net.IPEndPoint,System.Net.IPEndPoint,System.String,System.Nullable{Ports.EphemeralPortRange})~Ports.ConnectionLabel")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the types of their required parameters.",
    Scope = "member",
    Target = "~M:Ports.PortRegistry.Label(System.Int32,System.Nullable{System.Int32},System.String,System.Nullable{Ports.EphemeralPortRange})~Ports.ConnectionLabel")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the types of their required parameters.",
    Scope = "member",
    Target = "~M:Ports.PortRegistry.Label(System.Net.IPEndPoint,System.Net.IPEndPoint,System.Net.Sockets.ProtocolType,System.Nullable{Ports.EphemeralPortRange})~Ports.ConnectionLabel")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the types of their required parameters.",
    Scope = "member",
    Target = "~M:Ports.PortRegistry.Label(System.Int32,System.Nullable{System.Int32},System.Net.Sockets.ProtocolType,System.Nullable{Ports.EphemeralPortRange})~Ports.ConnectionLabel")]
