using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ports.Cli.Connections;
using Ports.Cli.Output;

namespace Ports.Cli.Json;

/// <summary>One labeled socket as <c>connections --json</c> shows it.</summary>
/// <param name="Protocol"><c>tcp</c> or <c>udp</c>.</param>
/// <param name="LocalAddress">The local address.</param>
/// <param name="LocalPort">The local port.</param>
/// <param name="RemoteAddress">The remote address, or <see langword="null"/> for a listener.</param>
/// <param name="RemotePort">The remote port, or <see langword="null"/> for a listener.</param>
/// <param name="State">The socket state, such as <c>LISTEN</c> or <c>ESTABLISHED</c>.</param>
/// <param name="Listening">Whether the socket is a listener.</param>
/// <param name="Direction"><c>inbound</c>, <c>outbound</c> or <c>unknown</c>.</param>
/// <param name="Service">The service's name, or <see langword="null"/>.</param>
/// <param name="ServicePort">The port of the service end, or <see langword="null"/>.</param>
/// <param name="Class">The class of the service port, or <see langword="null"/>.</param>
/// <param name="Tls">Whether the service runs inside TLS.</param>
/// <param name="Pid">The id of the first process that holds the socket (the lowest id), or <see langword="null"/> when none is visible.</param>
/// <param name="Process">That process's name, or <see langword="null"/>.</param>
/// <param name="Processes">Every process that holds the socket, lowest id first; empty when none is visible.</param>
/// <param name="Description">The service's description in the chosen language, or <see langword="null"/>.</param>
internal sealed record ConnectionView(
    string Protocol,
    string LocalAddress,
    int LocalPort,
    string? RemoteAddress,
    int? RemotePort,
    string State,
    bool Listening,
    string Direction,
    string? Service,
    int? ServicePort,
    string? Class,
    bool Tls,
    int? Pid,
    string? Process,
    ImmutableArray<SocketOwner> Processes,
    string? Description)
{
    /// <summary>Describes a labeled socket.</summary>
    /// <param name="socket">The socket, its label and its process.</param>
    /// <param name="culture">The language of the description.</param>
    /// <returns>The view.</returns>
    public static ConnectionView Of(LabeledSocket socket, CultureInfo culture)
    {
        ConnectionLabel label = socket.Label;
        return new(
            label.Protocol,
            socket.Socket.Local.Address.ToString(),
            socket.Socket.Local.Port,
            socket.Socket.Remote?.Address.ToString(),
            socket.Socket.Remote?.Port,
            socket.Socket.State,
            label.IsListening,
            Words.Of(label.Direction),
            label.ServiceName,
            label.ServicePort,
            label.Class is PortClass portClass ? Words.Of(portClass) : null,
            label.IsTls,
            socket.Owners.IsEmpty ? null : socket.Owners[0].Pid,
            socket.Owners.IsEmpty ? null : socket.Owners[0].Process,
            socket.Owners,
            label.DescribeService(culture));
    }

    /// <summary>Writes the socket as a JSON object, its properties in the order of the record's, camelCase.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("protocol", Protocol);
        writer.WriteString("localAddress", LocalAddress);
        writer.WriteNumber("localPort", LocalPort);
        writer.WriteString("remoteAddress", RemoteAddress);
        JsonOutput.WriteNumberOrNull(writer, "remotePort", RemotePort);
        writer.WriteString("state", State);
        writer.WriteBoolean("listening", Listening);
        writer.WriteString("direction", Direction);
        writer.WriteString("service", Service);
        JsonOutput.WriteNumberOrNull(writer, "servicePort", ServicePort);
        writer.WriteString("class", Class);
        writer.WriteBoolean("tls", Tls);
        JsonOutput.WriteNumberOrNull(writer, "pid", Pid);
        writer.WriteString("process", Process);
        writer.WriteStartArray("processes");
        foreach (SocketOwner owner in Processes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("pid", owner.Pid);
            writer.WriteString("process", owner.Process);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("description", Description);
        writer.WriteEndObject();
    }
}
