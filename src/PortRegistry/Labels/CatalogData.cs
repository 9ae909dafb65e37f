namespace Ports.Labels;

/// <summary>
/// The services of <see cref="ServiceCatalog"/>: name, port, protocols, TLS, counterpart, the page documenting the
/// default port, and the summary in English and Japanese. Kept in code, not in resources, so that the first label of a
/// process reads no resource and loads no satellite assembly; made one at a time, so that it creates only the service
/// it names.
/// </summary>
/// <remarks>
/// Rules for an entry: a port belongs here only when one service dominates it (3000, 5000, 8000 and 9000 are left out);
/// the protocols are those the service really runs on (FTP is not on 21/udp, which netbase gives to <c>fsp</c>); a
/// service is TLS when it speaks TLS (or DTLS, or QUIC) from the first byte by default.
/// </remarks>
internal static class CatalogData
{
    private const string Rfc = "https://www.rfc-editor.org/rfc/rfc";
    private const string IanaSearch = "https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=";
    private const string Kubernetes = "https://kubernetes.io/docs/reference/networking/ports-and-protocols/";
    private const string ActiveDirectory = "https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements";
    private const string RabbitMq = "https://www.rabbitmq.com/docs/networking";
    private const string WinRm = "https://learn.microsoft.com/en-us/windows/win32/winrm/installation-and-configuration-for-windows-remote-management";
    private const string Mqtt = "https://docs.oasis-open.org/mqtt/mqtt/v5.0/mqtt-v5.0.html";
    private const string Docker = "https://docs.docker.com/engine/daemon/remote-access/";
    private const string Otlp = "https://opentelemetry.io/docs/specs/otlp/";
    private const string PrometheusPorts = "https://github.com/prometheus/prometheus/wiki/Default-port-allocations";

    /// <summary>The protocol index of <see cref="PortFacts.Key"/> for tcp, in the place <see cref="PortKeys"/> keeps it.</summary>
    private const int Tcp = 0 << 8;

    /// <summary>The protocol index of <see cref="PortFacts.Key"/> for udp, in the place <see cref="PortKeys"/> keeps it.</summary>
    private const int Udp = 1 << 8;

    /// <summary>The protocol index of <see cref="PortFacts.Key"/> for sctp, in the place <see cref="PortKeys"/> keeps it.</summary>
    private const int Sctp = 2 << 8;

    /// <summary>The number of services of the project's study note, which come first.</summary>
    internal const int RepresentativeCount = 20;

    /// <summary>The number of services: the indexes <see cref="Create"/> takes are 0 to <c>Count - 1</c>.</summary>
    internal const int Count = 98;

    /// <summary>
    /// Gets every port and protocol of every service, so that a label can find the service on a port without creating
    /// the others: <see cref="PortFacts.Key"/> times 256 plus the index of the service (<see cref="Create"/>), ordered by
    /// key. A test checks that it lists exactly the ports and protocols of the services <see cref="Create"/> makes.
    /// </summary>
    internal static ReadOnlySpan<int> PortKeys =>
    [
        (20 << 10) | Tcp | 0, // ftp-data
        (20 << 10) | Sctp | 0, // ftp-data
        (21 << 10) | Tcp | 1, // ftp
        (21 << 10) | Sctp | 1, // ftp
        (22 << 10) | Tcp | 2, // ssh
        (22 << 10) | Sctp | 2, // ssh
        (23 << 10) | Tcp | 3, // telnet
        (25 << 10) | Tcp | 4, // smtp
        (53 << 10) | Tcp | 5, // domain
        (53 << 10) | Udp | 5, // domain
        (67 << 10) | Udp | 20, // dhcp
        (68 << 10) | Udp | 21, // dhcp-client
        (69 << 10) | Udp | 22, // tftp
        (80 << 10) | Tcp | 6, // http
        (80 << 10) | Sctp | 6, // http
        (88 << 10) | Tcp | 23, // kerberos
        (88 << 10) | Udp | 23, // kerberos
        (110 << 10) | Tcp | 7, // pop3
        (111 << 10) | Tcp | 24, // sunrpc
        (111 << 10) | Udp | 24, // sunrpc
        (119 << 10) | Tcp | 25, // nntp
        (123 << 10) | Udp | 8, // ntp
        (139 << 10) | Tcp | 9, // netbios-ssn
        (143 << 10) | Tcp | 10, // imap
        (161 << 10) | Tcp | 11, // snmp
        (161 << 10) | Udp | 11, // snmp
        (162 << 10) | Tcp | 12, // snmptrap
        (162 << 10) | Udp | 12, // snmptrap
        (179 << 10) | Tcp | 26, // bgp
        (389 << 10) | Tcp | 13, // ldap
        (389 << 10) | Udp | 13, // ldap
        (443 << 10) | Tcp | 14, // https
        (443 << 10) | Udp | 14, // https
        (443 << 10) | Sctp | 14, // https
        (445 << 10) | Tcp | 27, // smb
        (465 << 10) | Tcp | 15, // submissions
        (500 << 10) | Udp | 28, // ike
        (514 << 10) | Udp | 16, // syslog
        (563 << 10) | Tcp | 29, // nntps
        (587 << 10) | Tcp | 30, // submission
        (631 << 10) | Tcp | 31, // ipp
        (636 << 10) | Tcp | 17, // ldaps
        (853 << 10) | Tcp | 32, // domain-s
        (853 << 10) | Udp | 32, // domain-s
        (989 << 10) | Tcp | 33, // ftps-data
        (990 << 10) | Tcp | 34, // ftps
        (992 << 10) | Tcp | 35, // telnets
        (993 << 10) | Tcp | 18, // imaps
        (995 << 10) | Tcp | 19, // pop3s
        (1080 << 10) | Tcp | 36, // socks
        (1194 << 10) | Tcp | 37, // openvpn
        (1194 << 10) | Udp | 37, // openvpn
        (1433 << 10) | Tcp | 38, // mssql
        (1521 << 10) | Tcp | 39, // oracle
        (1883 << 10) | Tcp | 40, // mqtt
        (1900 << 10) | Udp | 41, // ssdp
        (2049 << 10) | Tcp | 42, // nfs
        (2049 << 10) | Udp | 42, // nfs
        (2181 << 10) | Tcp | 43, // zookeeper
        (2375 << 10) | Tcp | 44, // docker
        (2376 << 10) | Tcp | 45, // docker-tls
        (2379 << 10) | Tcp | 46, // etcd
        (2380 << 10) | Tcp | 47, // etcd-peer
        (3260 << 10) | Tcp | 48, // iscsi
        (3268 << 10) | Tcp | 49, // msft-gc
        (3269 << 10) | Tcp | 50, // msft-gc-ssl
        (3306 << 10) | Tcp | 51, // mysql
        (3389 << 10) | Tcp | 52, // rdp
        (3389 << 10) | Udp | 52, // rdp
        (3478 << 10) | Tcp | 53, // stun
        (3478 << 10) | Udp | 53, // stun
        (4222 << 10) | Tcp | 54, // nats
        (4317 << 10) | Tcp | 55, // otlp-grpc
        (4318 << 10) | Tcp | 56, // otlp-http
        (4500 << 10) | Udp | 57, // ipsec-nat-t
        (5044 << 10) | Tcp | 58, // beats
        (5060 << 10) | Tcp | 59, // sip
        (5060 << 10) | Udp | 59, // sip
        (5060 << 10) | Sctp | 59, // sip
        (5061 << 10) | Tcp | 60, // sips
        (5061 << 10) | Sctp | 60, // sips
        (5222 << 10) | Tcp | 61, // xmpp-client
        (5353 << 10) | Udp | 62, // mdns
        (5432 << 10) | Tcp | 63, // postgresql
        (5601 << 10) | Tcp | 64, // kibana
        (5671 << 10) | Tcp | 65, // amqps
        (5672 << 10) | Tcp | 66, // amqp
        (5672 << 10) | Sctp | 66, // amqp
        (5900 << 10) | Tcp | 67, // vnc
        (5985 << 10) | Tcp | 68, // winrm
        (5986 << 10) | Tcp | 69, // winrm-https
        (6379 << 10) | Tcp | 70, // redis
        (6443 << 10) | Tcp | 71, // kubernetes-api
        (6514 << 10) | Tcp | 72, // syslog-tls
        (6514 << 10) | Udp | 72, // syslog-tls
        (6667 << 10) | Tcp | 73, // irc
        (6697 << 10) | Tcp | 74, // ircs
        (7687 << 10) | Tcp | 75, // neo4j-bolt
        (8080 << 10) | Tcp | 76, // http-alt
        (8086 << 10) | Tcp | 77, // influxdb
        (8123 << 10) | Tcp | 78, // clickhouse-http
        (8200 << 10) | Tcp | 79, // vault
        (8443 << 10) | Tcp | 80, // https-alt
        (8500 << 10) | Tcp | 81, // consul
        (8883 << 10) | Tcp | 82, // mqtts
        (9042 << 10) | Tcp | 83, // cassandra
        (9090 << 10) | Tcp | 84, // prometheus
        (9092 << 10) | Tcp | 85, // kafka
        (9093 << 10) | Tcp | 86, // alertmanager
        (9200 << 10) | Tcp | 87, // elasticsearch
        (9411 << 10) | Tcp | 88, // zipkin
        (9418 << 10) | Tcp | 89, // git
        (10161 << 10) | Tcp | 90, // snmptls
        (10161 << 10) | Udp | 90, // snmptls
        (10162 << 10) | Tcp | 91, // snmptls-trap
        (10162 << 10) | Udp | 91, // snmptls-trap
        (10250 << 10) | Tcp | 92, // kubelet
        (11211 << 10) | Tcp | 93, // memcached
        (15672 << 10) | Tcp | 94, // rabbitmq-management
        (26257 << 10) | Tcp | 95, // cockroachdb
        (27017 << 10) | Tcp | 96, // mongodb
        (51820 << 10) | Udp | 97, // wireguard
    ];

    /// <summary>Creates one service: the study note's twenty first (0 to 19), in its order, then the others by port.</summary>
    /// <param name="index">The index of the service, 0 to <see cref="Count"/> - 1.</param>
    /// <returns>A new service.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> - 1.</exception>
    internal static CatalogService Create(int index) => index switch
    {
        // The twenty representative services of the project's study note, in its order; the Japanese is the note's.
        0 => new("ftp-data", 20, "tcp sctp", false, "ftps-data", Rfc + "959", "FTP data transfer", "FTPのデータ転送用"),
        1 => new("ftp", 21, "tcp sctp", false, "ftps", Rfc + "959", "FTP control (login and commands)", "FTP制御用(ログイン・コマンド)"),
        2 => new("ssh", 22, "tcp sctp", false, null, Rfc + "4253", "Secure remote login (SSH)", "セキュアリモートログイン"),
        3 => new("telnet", 23, "tcp", false, "telnets", Rfc + "854", "Remote login, unencrypted (Telnet)", "リモートログイン(非暗号)"),
        4 => new("smtp", 25, "tcp", false, "submissions", Rfc + "5321", "Sending email (SMTP)", "電子メール送信用"),
        5 => new("domain", 53, "tcp udp", false, "domain-s", Rfc + "1035", "Name resolution (DNS)", "名前解決"),
        6 => new("http", 80, "tcp sctp", false, "https", Rfc + "9110", "Web traffic (HTTP)", "ウェブ通信"),
        7 => new("pop3", 110, "tcp", false, "pop3s", Rfc + "1939", "Receiving email, the older way (POP3)", "電子メール(受信・旧方式)"),
        8 => new("ntp", 123, "udp", false, null, Rfc + "5905", "Time synchronization (NTP)", "時刻同期"),
        9 => new("netbios-ssn", 139, "tcp", false, null, Rfc + "1002", "Microsoft networking (NetBIOS session service)", "Microsoftネットワーク"),
        10 => new("imap", 143, "tcp", false, "imaps", Rfc + "9051", "Email access (IMAP2/IMAP4)", "電子メール(IMAP2/IMAP4)"),
        11 => new("snmp", 161, "udp tcp", false, "snmptls", Rfc + "3417", "Network monitoring (SNMP)", "ネットワーク監視"),
        12 => new("snmptrap", 162, "udp tcp", false, "snmptls-trap", Rfc + "3417", "Network monitoring alerts (SNMP traps)", "ネットワーク監視(警告通知等)"),
        13 => new("ldap", 389, "tcp udp", false, "ldaps", Rfc + "4511", "Directory service (LDAP)", "ディレクトリサービス"),
        14 => new("https", 443, "tcp udp sctp", true, "http", Rfc + "9110", "HTTP over SSL/TLS (HTTPS)", "SSL/TLSによるHTTP接続"),
        15 => new("submissions", 465, "tcp", true, "smtp", Rfc + "8314", "SMTP over SSL/TLS (SMTPS)", "SSL/TLSによるSMTP接続"),
        16 => new("syslog", 514, "udp", false, "syslog-tls", Rfc + "5426", "Logging service (syslog)", "ロギングサービス"),
        17 => new("ldaps", 636, "tcp", true, "ldap", ActiveDirectory, "Directory service over SSL/TLS (LDAPS)", "SSL/TLSによるディレクトリサービス"),
        18 => new("imaps", 993, "tcp", true, "imap", Rfc + "8314", "IMAP over SSL/TLS (IMAPS)", "SSL/TLSによるIMAP接続"),
        19 => new("pop3s", 995, "tcp", true, "pop3", Rfc + "8314", "POP3 over SSL/TLS (POP3S)", "SSL/TLSによるPOP3接続"),

        // Internet infrastructure.
        20 => new("dhcp", 67, "udp", false, null, Rfc + "2131", "Address assignment, server side (DHCP)", "アドレス割り当て・サーバー側(DHCP)"),
        21 => new("dhcp-client", 68, "udp", false, null, Rfc + "2131", "Address assignment, client side (DHCP)", "アドレス割り当て・クライアント側(DHCP)"),
        22 => new("tftp", 69, "udp", false, null, Rfc + "1350", "Trivial file transfer, network boot (TFTP)", "簡易ファイル転送・ネットワークブート(TFTP)"),
        23 => new("kerberos", 88, "tcp udp", false, null, Rfc + "4120", "Authentication (Kerberos)", "認証(Kerberos)"),
        24 => new("sunrpc", 111, "tcp udp", false, null, Rfc + "1833", "RPC port mapper (rpcbind), used by NFS", "RPCポートマッパー(rpcbind、NFSが使用)"),
        25 => new("nntp", 119, "tcp", false, "nntps", Rfc + "3977", "Network news (NNTP)", "ネットニュース(NNTP)"),
        26 => new("bgp", 179, "tcp", false, null, Rfc + "4271", "Internet routing (BGP)", "インターネットの経路制御(BGP)"),
        27 => new("smb", 445, "tcp", false, null, ActiveDirectory, "Windows file sharing (SMB)", "Windowsファイル共有(SMB)"),
        28 => new("ike", 500, "udp", false, null, Rfc + "7296", "VPN key exchange (IPsec IKE)", "VPNの鍵交換(IPsec IKE)"),
        29 => new("nntps", 563, "tcp", true, "nntp", Rfc + "8143", "Network news over SSL/TLS (NNTPS)", "SSL/TLSによるネットニュース(NNTPS)"),
        30 => new("submission", 587, "tcp", false, null, Rfc + "6409", "Email submission from mail clients (SMTP, STARTTLS)", "メールクライアントからの送信(SMTP、STARTTLS)"),
        31 => new("ipp", 631, "tcp", false, null, Rfc + "8011", "Printing (IPP, CUPS)", "印刷(IPP、CUPS)"),
        32 => new("domain-s", 853, "tcp udp", true, "domain", Rfc + "7858", "Name resolution over TLS, DTLS or QUIC (DNS over TLS)", "TLS・DTLS・QUICによる名前解決(DNS over TLS)"),
        33 => new("ftps-data", 989, "tcp", true, "ftp-data", IanaSearch + "ftps-data", "FTP data transfer over SSL/TLS (FTPS)", "SSL/TLSによるFTPのデータ転送用(FTPS)"),
        34 => new("ftps", 990, "tcp", true, "ftp", IanaSearch + "ftps", "FTP control over SSL/TLS (FTPS)", "SSL/TLSによるFTP制御用(FTPS)"),
        35 => new("telnets", 992, "tcp", true, "telnet", IanaSearch + "telnets", "Remote login over SSL/TLS (Telnet over TLS)", "SSL/TLSによるリモートログイン(Telnet)"),
        36 => new("socks", 1080, "tcp", false, null, Rfc + "1928", "Proxy (SOCKS)", "プロキシ(SOCKS)"),
        37 => new("openvpn", 1194, "udp tcp", false, null, "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", "VPN (OpenVPN)", "VPN(OpenVPN)"),
        38 => new("mssql", 1433, "tcp", false, null, "https://learn.microsoft.com/en-us/sql/sql-server/install/configure-the-windows-firewall-to-allow-sql-server-access", "Microsoft SQL Server", "Microsoft SQL Server"),
        39 => new("oracle", 1521, "tcp", false, null, "https://docs.oracle.com/en/database/oracle/oracle-database/19/netag/configuring-and-administering-oracle-net-listener.html", "Oracle Database listener (Oracle Net)", "Oracle Databaseのリスナー(Oracle Net)"),
        40 => new("mqtt", 1883, "tcp", false, "mqtts", Mqtt, "IoT messaging (MQTT)", "IoT向けメッセージング(MQTT)"),
        41 => new("ssdp", 1900, "udp", false, null, "https://openconnectivity.org/developer/specifications/upnp-resources/upnp/", "Device discovery on the local network (SSDP, UPnP)", "ローカルネットワークの機器探索(SSDP、UPnP)"),
        42 => new("nfs", 2049, "tcp udp", false, null, Rfc + "7530", "Network file system (NFS)", "ネットワークファイルシステム(NFS)"),
        43 => new("zookeeper", 2181, "tcp", false, null, "https://zookeeper.apache.org/doc/current/zookeeperStarted.html", "Apache ZooKeeper coordination service", "Apache ZooKeeper 分散協調サービス"),
        44 => new("docker", 2375, "tcp", false, "docker-tls", Docker, "Docker Engine API, unencrypted", "Docker Engine API(非暗号)"),
        45 => new("docker-tls", 2376, "tcp", true, "docker", Docker, "Docker Engine API over TLS", "TLSによるDocker Engine API"),
        46 => new("etcd", 2379, "tcp", false, null, Kubernetes, "etcd key-value store, client API", "etcd キーバリューストア(クライアントAPI)"),
        47 => new("etcd-peer", 2380, "tcp", false, null, Kubernetes, "etcd key-value store, cluster peers", "etcd キーバリューストア(クラスタ間通信)"),
        48 => new("iscsi", 3260, "tcp", false, null, Rfc + "7143", "Block storage over the network (iSCSI)", "ネットワーク経由のブロックストレージ(iSCSI)"),
        49 => new("msft-gc", 3268, "tcp", false, "msft-gc-ssl", ActiveDirectory, "Active Directory global catalog (LDAP)", "Active Directoryのグローバルカタログ(LDAP)"),
        50 => new("msft-gc-ssl", 3269, "tcp", true, "msft-gc", ActiveDirectory, "Active Directory global catalog over SSL/TLS (LDAPS)", "SSL/TLSによるActive Directoryのグローバルカタログ(LDAPS)"),
        51 => new("mysql", 3306, "tcp", false, null, "https://dev.mysql.com/doc/mysql-port-reference/en/mysql-ports-reference-tables.html", "MySQL and MariaDB database", "MySQL・MariaDBデータベース"),
        52 => new("rdp", 3389, "tcp udp", false, null, "https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/change-listening-port", "Windows remote desktop (RDP)", "Windowsリモートデスクトップ(RDP)"),
        53 => new("stun", 3478, "udp tcp", false, null, Rfc + "8489", "NAT traversal for calls and WebRTC (STUN, TURN)", "通話・WebRTCのNAT越え(STUN、TURN)"),
        54 => new("nats", 4222, "tcp", false, null, "https://docs.nats.io/running-a-nats-service/introduction/running", "NATS messaging, clients", "NATSメッセージング(クライアント接続)"),
        55 => new("otlp-grpc", 4317, "tcp", false, null, Otlp, "OpenTelemetry data over gRPC (OTLP)", "gRPCによるOpenTelemetryデータ(OTLP)"),
        56 => new("otlp-http", 4318, "tcp", false, null, Otlp, "OpenTelemetry data over HTTP (OTLP)", "HTTPによるOpenTelemetryデータ(OTLP)"),
        57 => new("ipsec-nat-t", 4500, "udp", false, null, Rfc + "3948", "IPsec VPN through NAT", "NAT越えのIPsec VPN"),
        58 => new("beats", 5044, "tcp", false, null, "https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html", "Logstash input from Elastic Beats", "Elastic BeatsからのLogstash入力"),
        59 => new("sip", 5060, "udp tcp sctp", false, "sips", Rfc + "3261", "Internet telephony call signaling (SIP)", "IP電話の呼制御(SIP)"),
        60 => new("sips", 5061, "tcp sctp", true, "sip", Rfc + "3261", "Internet telephony call signaling over TLS (SIPS)", "TLSによるIP電話の呼制御(SIPS)"),
        61 => new("xmpp-client", 5222, "tcp", false, null, Rfc + "6120", "Chat and presence, clients (XMPP)", "チャット・プレゼンス(XMPPクライアント接続)"),
        62 => new("mdns", 5353, "udp", false, null, Rfc + "6762", "Local name resolution and discovery (mDNS, Bonjour)", "ローカルの名前解決・サービス探索(mDNS、Bonjour)"),
        63 => new("postgresql", 5432, "tcp", false, null, "https://www.postgresql.org/docs/current/runtime-config-connection.html", "PostgreSQL database", "PostgreSQLデータベース"),
        64 => new("kibana", 5601, "tcp", false, null, "https://www.elastic.co/guide/en/kibana/current/settings.html", "Kibana web interface", "Kibana ウェブ画面"),
        65 => new("amqps", 5671, "tcp", true, "amqp", RabbitMq, "Message queuing over SSL/TLS (AMQPS)", "SSL/TLSによるメッセージキュー(AMQPS)"),
        66 => new("amqp", 5672, "tcp sctp", false, "amqps", RabbitMq, "Message queuing (AMQP)", "メッセージキュー(AMQP)"),
        67 => new("vnc", 5900, "tcp", false, null, Rfc + "6143", "Remote desktop (VNC, RFB)", "リモートデスクトップ(VNC、RFB)"),
        68 => new("winrm", 5985, "tcp", false, "winrm-https", WinRm, "Remote management over HTTP (WS-Management, WinRM)", "HTTPによるリモート管理(WS-Management、WinRM)"),
        69 => new("winrm-https", 5986, "tcp", true, "winrm", WinRm, "Remote management over HTTPS (WS-Management, WinRM)", "HTTPSによるリモート管理(WS-Management、WinRM)"),
        70 => new("redis", 6379, "tcp", false, null, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", "Redis in-memory data store", "Redis インメモリデータストア"),
        71 => new("kubernetes-api", 6443, "tcp", true, null, Kubernetes, "Kubernetes API server", "Kubernetes APIサーバー"),
        72 => new("syslog-tls", 6514, "tcp udp", true, "syslog", Rfc + "5425", "Logging service over TLS or DTLS (syslog)", "TLS・DTLSによるロギングサービス(syslog)"),
        73 => new("irc", 6667, "tcp", false, "ircs", Rfc + "7194", "Chat (Internet Relay Chat)", "チャット(IRC)"),
        74 => new("ircs", 6697, "tcp", true, "irc", Rfc + "7194", "Chat over TLS (Internet Relay Chat)", "TLSによるチャット(IRC)"),
        75 => new("neo4j-bolt", 7687, "tcp", false, null, "https://neo4j.com/docs/operations-manual/current/configuration/ports/", "Neo4j graph database (Bolt)", "Neo4j グラフデータベース(Bolt)"),
        76 => new("http-alt", 8080, "tcp", false, null, IanaSearch + "http-alt", "Web traffic on the alternative port (HTTP: proxies, application servers)", "代替ポートのウェブ通信(HTTP: プロキシ、アプリケーションサーバー)"),
        77 => new("influxdb", 8086, "tcp", false, null, "https://docs.influxdata.com/influxdb/v2/reference/config-options/", "InfluxDB time-series database", "InfluxDB 時系列データベース"),
        78 => new("clickhouse-http", 8123, "tcp", false, null, "https://clickhouse.com/docs/en/guides/sre/network-ports", "ClickHouse database, HTTP interface", "ClickHouse データベース(HTTPインターフェース)"),
        79 => new("vault", 8200, "tcp", true, null, "https://developer.hashicorp.com/vault/docs/configuration/listener/tcp", "HashiCorp Vault secrets API", "HashiCorp Vault シークレット管理API"),
        80 => new("https-alt", 8443, "tcp", true, null, "https://tomcat.apache.org/tomcat-10.1-doc/ssl-howto.html", "Web traffic over TLS on the alternative port (HTTPS)", "代替ポートのTLSによるウェブ通信(HTTPS)"),
        81 => new("consul", 8500, "tcp", false, null, "https://developer.hashicorp.com/consul/docs/install/ports", "HashiCorp Consul HTTP API", "HashiCorp Consul HTTP API"),
        82 => new("mqtts", 8883, "tcp", true, "mqtt", Mqtt, "IoT messaging over TLS (MQTTS)", "TLSによるIoT向けメッセージング(MQTT)"),
        83 => new("cassandra", 9042, "tcp", false, null, "https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html", "Apache Cassandra, client queries (CQL)", "Apache Cassandra(CQLクライアント接続)"),
        84 => new("prometheus", 9090, "tcp", false, null, PrometheusPorts, "Prometheus monitoring server", "Prometheus 監視サーバー"),
        85 => new("kafka", 9092, "tcp", false, null, "https://kafka.apache.org/documentation/#brokerconfigs_listeners", "Apache Kafka broker", "Apache Kafkaブローカー"),
        86 => new("alertmanager", 9093, "tcp", false, null, PrometheusPorts, "Prometheus Alertmanager", "Prometheus Alertmanager(警告通知)"),
        87 => new("elasticsearch", 9200, "tcp", false, null, "https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html", "Elasticsearch REST API", "Elasticsearch REST API"),
        88 => new("zipkin", 9411, "tcp", false, null, "https://zipkin.io/pages/quickstart.html", "Zipkin distributed tracing", "Zipkin 分散トレーシング"),
        89 => new("git", 9418, "tcp", false, null, "https://git-scm.com/book/en/v2/Git-on-the-Server-The-Protocols", "Git repositories, read-only (git protocol)", "Gitリポジトリ(gitプロトコル、読み取り専用)"),
        90 => new("snmptls", 10161, "tcp udp", true, "snmp", Rfc + "6353", "Network monitoring over TLS or DTLS (SNMP)", "TLS・DTLSによるネットワーク監視(SNMP)"),
        91 => new("snmptls-trap", 10162, "tcp udp", true, "snmptrap", Rfc + "6353", "Network monitoring alerts over TLS or DTLS (SNMP traps)", "TLS・DTLSによるネットワーク監視の警告通知(SNMPトラップ)"),
        92 => new("kubelet", 10250, "tcp", true, null, Kubernetes, "Kubernetes node agent API (kubelet)", "Kubernetes ノードエージェントAPI(kubelet)"),
        93 => new("memcached", 11211, "tcp", false, null, "https://github.com/memcached/memcached/wiki/ConfiguringServer", "Memcached in-memory cache", "Memcached インメモリキャッシュ"),
        94 => new("rabbitmq-management", 15672, "tcp", false, null, RabbitMq, "RabbitMQ management interface and HTTP API", "RabbitMQ 管理画面・HTTP API"),
        95 => new("cockroachdb", 26257, "tcp", false, null, "https://www.cockroachlabs.com/docs/stable/cockroach-start", "CockroachDB database", "CockroachDBデータベース"),
        96 => new("mongodb", 27017, "tcp", false, null, "https://www.mongodb.com/docs/manual/reference/default-mongodb-port/", "MongoDB database", "MongoDBデータベース"),
        97 => new("wireguard", 51820, "udp", false, null, "https://www.wireguard.com/quickstart/", "VPN (WireGuard)", "VPN(WireGuard)"),
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "The catalogue has no service of that index."),
    };
}
