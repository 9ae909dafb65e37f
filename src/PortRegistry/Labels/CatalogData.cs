namespace Ports.Labels;

/// <summary>
/// The services of <see cref="ServiceCatalog"/>: name, port, protocols, TLS, counterpart, the page documenting the
/// default port, and the summary in English and Japanese. Kept in code, not in resources, so that the first label of a
/// process reads no resource and loads no satellite assembly.
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

    /// <summary>The number of services of the project's study note, which come first.</summary>
    internal const int RepresentativeCount = 20;

    /// <summary>Creates the services: the study note's twenty first, in its order, then the others by port.</summary>
    /// <returns>A new array of the services, not yet linked to their counterparts.</returns>
    internal static CatalogService[] Create() =>
    [
        // The twenty representative services of the project's study note, in its order; the Japanese is the note's.
        new("ftp-data", 20, "tcp sctp", false, "ftps-data", Rfc + "959", "FTP data transfer", "FTPのデータ転送用"),
        new("ftp", 21, "tcp sctp", false, "ftps", Rfc + "959", "FTP control (login and commands)", "FTP制御用(ログイン・コマンド)"),
        new("ssh", 22, "tcp sctp", false, null, Rfc + "4253", "Secure remote login (SSH)", "セキュアリモートログイン"),
        new("telnet", 23, "tcp", false, "telnets", Rfc + "854", "Remote login, unencrypted (Telnet)", "リモートログイン(非暗号)"),
        new("smtp", 25, "tcp", false, "submissions", Rfc + "5321", "Sending email (SMTP)", "電子メール送信用"),
        new("domain", 53, "tcp udp", false, "domain-s", Rfc + "1035", "Name resolution (DNS)", "名前解決"),
        new("http", 80, "tcp sctp", false, "https", Rfc + "9110", "Web traffic (HTTP)", "ウェブ通信"),
        new("pop3", 110, "tcp", false, "pop3s", Rfc + "1939", "Receiving email, the older way (POP3)", "電子メール(受信・旧方式)"),
        new("ntp", 123, "udp", false, null, Rfc + "5905", "Time synchronization (NTP)", "時刻同期"),
        new("netbios-ssn", 139, "tcp", false, null, Rfc + "1002", "Microsoft networking (NetBIOS session service)", "Microsoftネットワーク"),
        new("imap", 143, "tcp", false, "imaps", Rfc + "9051", "Email access (IMAP2/IMAP4)", "電子メール(IMAP2/IMAP4)"),
        new("snmp", 161, "udp tcp", false, "snmptls", Rfc + "3417", "Network monitoring (SNMP)", "ネットワーク監視"),
        new("snmptrap", 162, "udp tcp", false, "snmptls-trap", Rfc + "3417", "Network monitoring alerts (SNMP traps)", "ネットワーク監視(警告通知等)"),
        new("ldap", 389, "tcp udp", false, "ldaps", Rfc + "4511", "Directory service (LDAP)", "ディレクトリサービス"),
        new("https", 443, "tcp udp sctp", true, "http", Rfc + "9110", "HTTP over SSL/TLS (HTTPS)", "SSL/TLSによるHTTP接続"),
        new("submissions", 465, "tcp", true, "smtp", Rfc + "8314", "SMTP over SSL/TLS (SMTPS)", "SSL/TLSによるSMTP接続"),
        new("syslog", 514, "udp", false, "syslog-tls", Rfc + "5426", "Logging service (syslog)", "ロギングサービス"),
        new("ldaps", 636, "tcp", true, "ldap", ActiveDirectory, "Directory service over SSL/TLS (LDAPS)", "SSL/TLSによるディレクトリサービス"),
        new("imaps", 993, "tcp", true, "imap", Rfc + "8314", "IMAP over SSL/TLS (IMAPS)", "SSL/TLSによるIMAP接続"),
        new("pop3s", 995, "tcp", true, "pop3", Rfc + "8314", "POP3 over SSL/TLS (POP3S)", "SSL/TLSによるPOP3接続"),

        // Internet infrastructure.
        new("dhcp", 67, "udp", false, null, Rfc + "2131", "Address assignment, server side (DHCP)", "アドレス割り当て・サーバー側(DHCP)"),
        new("dhcp-client", 68, "udp", false, null, Rfc + "2131", "Address assignment, client side (DHCP)", "アドレス割り当て・クライアント側(DHCP)"),
        new("tftp", 69, "udp", false, null, Rfc + "1350", "Trivial file transfer, network boot (TFTP)", "簡易ファイル転送・ネットワークブート(TFTP)"),
        new("kerberos", 88, "tcp udp", false, null, Rfc + "4120", "Authentication (Kerberos)", "認証(Kerberos)"),
        new("sunrpc", 111, "tcp udp", false, null, Rfc + "1833", "RPC port mapper (rpcbind), used by NFS", "RPCポートマッパー(rpcbind、NFSが使用)"),
        new("nntp", 119, "tcp", false, "nntps", Rfc + "3977", "Network news (NNTP)", "ネットニュース(NNTP)"),
        new("bgp", 179, "tcp", false, null, Rfc + "4271", "Internet routing (BGP)", "インターネットの経路制御(BGP)"),
        new("smb", 445, "tcp", false, null, ActiveDirectory, "Windows file sharing (SMB)", "Windowsファイル共有(SMB)"),
        new("ike", 500, "udp", false, null, Rfc + "7296", "VPN key exchange (IPsec IKE)", "VPNの鍵交換(IPsec IKE)"),
        new("nntps", 563, "tcp", true, "nntp", Rfc + "8143", "Network news over SSL/TLS (NNTPS)", "SSL/TLSによるネットニュース(NNTPS)"),
        new("submission", 587, "tcp", false, null, Rfc + "6409", "Email submission from mail clients (SMTP, STARTTLS)", "メールクライアントからの送信(SMTP、STARTTLS)"),
        new("ipp", 631, "tcp", false, null, Rfc + "8011", "Printing (IPP, CUPS)", "印刷(IPP、CUPS)"),
        new("domain-s", 853, "tcp udp", true, "domain", Rfc + "7858", "Name resolution over TLS, DTLS or QUIC (DNS over TLS)", "TLS・DTLS・QUICによる名前解決(DNS over TLS)"),
        new("ftps-data", 989, "tcp", true, "ftp-data", IanaSearch + "ftps-data", "FTP data transfer over SSL/TLS (FTPS)", "SSL/TLSによるFTPのデータ転送用(FTPS)"),
        new("ftps", 990, "tcp", true, "ftp", IanaSearch + "ftps", "FTP control over SSL/TLS (FTPS)", "SSL/TLSによるFTP制御用(FTPS)"),
        new("telnets", 992, "tcp", true, "telnet", IanaSearch + "telnets", "Remote login over SSL/TLS (Telnet over TLS)", "SSL/TLSによるリモートログイン(Telnet)"),
        new("socks", 1080, "tcp", false, null, Rfc + "1928", "Proxy (SOCKS)", "プロキシ(SOCKS)"),
        new("openvpn", 1194, "udp tcp", false, null, "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", "VPN (OpenVPN)", "VPN(OpenVPN)"),
        new("mssql", 1433, "tcp", false, null, "https://learn.microsoft.com/en-us/sql/sql-server/install/configure-the-windows-firewall-to-allow-sql-server-access", "Microsoft SQL Server", "Microsoft SQL Server"),
        new("oracle", 1521, "tcp", false, null, "https://docs.oracle.com/en/database/oracle/oracle-database/19/netag/configuring-and-administering-oracle-net-listener.html", "Oracle Database listener (Oracle Net)", "Oracle Databaseのリスナー(Oracle Net)"),
        new("mqtt", 1883, "tcp", false, "mqtts", Mqtt, "IoT messaging (MQTT)", "IoT向けメッセージング(MQTT)"),
        new("ssdp", 1900, "udp", false, null, "https://openconnectivity.org/developer/specifications/upnp-resources/upnp/", "Device discovery on the local network (SSDP, UPnP)", "ローカルネットワークの機器探索(SSDP、UPnP)"),
        new("nfs", 2049, "tcp udp", false, null, Rfc + "7530", "Network file system (NFS)", "ネットワークファイルシステム(NFS)"),
        new("zookeeper", 2181, "tcp", false, null, "https://zookeeper.apache.org/doc/current/zookeeperStarted.html", "Apache ZooKeeper coordination service", "Apache ZooKeeper 分散協調サービス"),
        new("docker", 2375, "tcp", false, "docker-tls", Docker, "Docker Engine API, unencrypted", "Docker Engine API(非暗号)"),
        new("docker-tls", 2376, "tcp", true, "docker", Docker, "Docker Engine API over TLS", "TLSによるDocker Engine API"),
        new("etcd", 2379, "tcp", false, null, Kubernetes, "etcd key-value store, client API", "etcd キーバリューストア(クライアントAPI)"),
        new("etcd-peer", 2380, "tcp", false, null, Kubernetes, "etcd key-value store, cluster peers", "etcd キーバリューストア(クラスタ間通信)"),
        new("iscsi", 3260, "tcp", false, null, Rfc + "7143", "Block storage over the network (iSCSI)", "ネットワーク経由のブロックストレージ(iSCSI)"),
        new("msft-gc", 3268, "tcp", false, "msft-gc-ssl", ActiveDirectory, "Active Directory global catalog (LDAP)", "Active Directoryのグローバルカタログ(LDAP)"),
        new("msft-gc-ssl", 3269, "tcp", true, "msft-gc", ActiveDirectory, "Active Directory global catalog over SSL/TLS (LDAPS)", "SSL/TLSによるActive Directoryのグローバルカタログ(LDAPS)"),
        new("mysql", 3306, "tcp", false, null, "https://dev.mysql.com/doc/mysql-port-reference/en/mysql-ports-reference-tables.html", "MySQL and MariaDB database", "MySQL・MariaDBデータベース"),
        new("rdp", 3389, "tcp udp", false, null, "https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/change-listening-port", "Windows remote desktop (RDP)", "Windowsリモートデスクトップ(RDP)"),
        new("stun", 3478, "udp tcp", false, null, Rfc + "8489", "NAT traversal for calls and WebRTC (STUN, TURN)", "通話・WebRTCのNAT越え(STUN、TURN)"),
        new("nats", 4222, "tcp", false, null, "https://docs.nats.io/running-a-nats-service/introduction/running", "NATS messaging, clients", "NATSメッセージング(クライアント接続)"),
        new("otlp-grpc", 4317, "tcp", false, null, Otlp, "OpenTelemetry data over gRPC (OTLP)", "gRPCによるOpenTelemetryデータ(OTLP)"),
        new("otlp-http", 4318, "tcp", false, null, Otlp, "OpenTelemetry data over HTTP (OTLP)", "HTTPによるOpenTelemetryデータ(OTLP)"),
        new("ipsec-nat-t", 4500, "udp", false, null, Rfc + "3948", "IPsec VPN through NAT", "NAT越えのIPsec VPN"),
        new("beats", 5044, "tcp", false, null, "https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html", "Logstash input from Elastic Beats", "Elastic BeatsからのLogstash入力"),
        new("sip", 5060, "udp tcp sctp", false, "sips", Rfc + "3261", "Internet telephony call signaling (SIP)", "IP電話の呼制御(SIP)"),
        new("sips", 5061, "tcp sctp", true, "sip", Rfc + "3261", "Internet telephony call signaling over TLS (SIPS)", "TLSによるIP電話の呼制御(SIPS)"),
        new("xmpp-client", 5222, "tcp", false, null, Rfc + "6120", "Chat and presence, clients (XMPP)", "チャット・プレゼンス(XMPPクライアント接続)"),
        new("mdns", 5353, "udp", false, null, Rfc + "6762", "Local name resolution and discovery (mDNS, Bonjour)", "ローカルの名前解決・サービス探索(mDNS、Bonjour)"),
        new("postgresql", 5432, "tcp", false, null, "https://www.postgresql.org/docs/current/runtime-config-connection.html", "PostgreSQL database", "PostgreSQLデータベース"),
        new("kibana", 5601, "tcp", false, null, "https://www.elastic.co/guide/en/kibana/current/settings.html", "Kibana web interface", "Kibana ウェブ画面"),
        new("amqps", 5671, "tcp", true, "amqp", RabbitMq, "Message queuing over SSL/TLS (AMQPS)", "SSL/TLSによるメッセージキュー(AMQPS)"),
        new("amqp", 5672, "tcp sctp", false, "amqps", RabbitMq, "Message queuing (AMQP)", "メッセージキュー(AMQP)"),
        new("vnc", 5900, "tcp", false, null, Rfc + "6143", "Remote desktop (VNC, RFB)", "リモートデスクトップ(VNC、RFB)"),
        new("winrm", 5985, "tcp", false, "winrm-https", WinRm, "Remote management over HTTP (WS-Management, WinRM)", "HTTPによるリモート管理(WS-Management、WinRM)"),
        new("winrm-https", 5986, "tcp", true, "winrm", WinRm, "Remote management over HTTPS (WS-Management, WinRM)", "HTTPSによるリモート管理(WS-Management、WinRM)"),
        new("redis", 6379, "tcp", false, null, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", "Redis in-memory data store", "Redis インメモリデータストア"),
        new("kubernetes-api", 6443, "tcp", true, null, Kubernetes, "Kubernetes API server", "Kubernetes APIサーバー"),
        new("syslog-tls", 6514, "tcp udp", true, "syslog", Rfc + "5425", "Logging service over TLS or DTLS (syslog)", "TLS・DTLSによるロギングサービス(syslog)"),
        new("irc", 6667, "tcp", false, "ircs", Rfc + "7194", "Chat (Internet Relay Chat)", "チャット(IRC)"),
        new("ircs", 6697, "tcp", true, "irc", Rfc + "7194", "Chat over TLS (Internet Relay Chat)", "TLSによるチャット(IRC)"),
        new("neo4j-bolt", 7687, "tcp", false, null, "https://neo4j.com/docs/operations-manual/current/configuration/ports/", "Neo4j graph database (Bolt)", "Neo4j グラフデータベース(Bolt)"),
        new("http-alt", 8080, "tcp", false, null, IanaSearch + "http-alt", "Web traffic on the alternative port (HTTP: proxies, application servers)", "代替ポートのウェブ通信(HTTP: プロキシ、アプリケーションサーバー)"),
        new("influxdb", 8086, "tcp", false, null, "https://docs.influxdata.com/influxdb/v2/reference/config-options/", "InfluxDB time-series database", "InfluxDB 時系列データベース"),
        new("clickhouse-http", 8123, "tcp", false, null, "https://clickhouse.com/docs/en/guides/sre/network-ports", "ClickHouse database, HTTP interface", "ClickHouse データベース(HTTPインターフェース)"),
        new("vault", 8200, "tcp", true, null, "https://developer.hashicorp.com/vault/docs/configuration/listener/tcp", "HashiCorp Vault secrets API", "HashiCorp Vault シークレット管理API"),
        new("https-alt", 8443, "tcp", true, null, "https://tomcat.apache.org/tomcat-10.1-doc/ssl-howto.html", "Web traffic over TLS on the alternative port (HTTPS)", "代替ポートのTLSによるウェブ通信(HTTPS)"),
        new("consul", 8500, "tcp", false, null, "https://developer.hashicorp.com/consul/docs/install/ports", "HashiCorp Consul HTTP API", "HashiCorp Consul HTTP API"),
        new("mqtts", 8883, "tcp", true, "mqtt", Mqtt, "IoT messaging over TLS (MQTTS)", "TLSによるIoT向けメッセージング(MQTT)"),
        new("cassandra", 9042, "tcp", false, null, "https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html", "Apache Cassandra, client queries (CQL)", "Apache Cassandra(CQLクライアント接続)"),
        new("prometheus", 9090, "tcp", false, null, PrometheusPorts, "Prometheus monitoring server", "Prometheus 監視サーバー"),
        new("kafka", 9092, "tcp", false, null, "https://kafka.apache.org/documentation/#brokerconfigs_listeners", "Apache Kafka broker", "Apache Kafkaブローカー"),
        new("alertmanager", 9093, "tcp", false, null, PrometheusPorts, "Prometheus Alertmanager", "Prometheus Alertmanager(警告通知)"),
        new("elasticsearch", 9200, "tcp", false, null, "https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html", "Elasticsearch REST API", "Elasticsearch REST API"),
        new("zipkin", 9411, "tcp", false, null, "https://zipkin.io/pages/quickstart.html", "Zipkin distributed tracing", "Zipkin 分散トレーシング"),
        new("git", 9418, "tcp", false, null, "https://git-scm.com/book/en/v2/Git-on-the-Server-The-Protocols", "Git repositories, read-only (git protocol)", "Gitリポジトリ(gitプロトコル、読み取り専用)"),
        new("snmptls", 10161, "tcp udp", true, "snmp", Rfc + "6353", "Network monitoring over TLS or DTLS (SNMP)", "TLS・DTLSによるネットワーク監視(SNMP)"),
        new("snmptls-trap", 10162, "tcp udp", true, "snmptrap", Rfc + "6353", "Network monitoring alerts over TLS or DTLS (SNMP traps)", "TLS・DTLSによるネットワーク監視の警告通知(SNMPトラップ)"),
        new("kubelet", 10250, "tcp", true, null, Kubernetes, "Kubernetes node agent API (kubelet)", "Kubernetes ノードエージェントAPI(kubelet)"),
        new("memcached", 11211, "tcp", false, null, "https://github.com/memcached/memcached/wiki/ConfiguringServer", "Memcached in-memory cache", "Memcached インメモリキャッシュ"),
        new("rabbitmq-management", 15672, "tcp", false, null, RabbitMq, "RabbitMQ management interface and HTTP API", "RabbitMQ 管理画面・HTTP API"),
        new("cockroachdb", 26257, "tcp", false, null, "https://www.cockroachlabs.com/docs/stable/cockroach-start", "CockroachDB database", "CockroachDBデータベース"),
        new("mongodb", 27017, "tcp", false, null, "https://www.mongodb.com/docs/manual/reference/default-mongodb-port/", "MongoDB database", "MongoDBデータベース"),
        new("wireguard", 51820, "udp", false, null, "https://www.wireguard.com/quickstart/", "VPN (WireGuard)", "VPN(WireGuard)"),
    ];
}
