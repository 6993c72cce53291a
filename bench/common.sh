# Sourced by the benchmark scripts: a free port, and nginx serving static copies of
# pages (the ceiling a dynamic page is measured against), tuned the same way in every
# benchmark.
#
#   free_port

#   start_static_nginx DIR PORT 'location = /x { default_type "text/html"; try_files /x.html =404; }' ...
#   DIR holds static/ (the copies) and gets nginx/ (config, pid, logs, temp folders).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_static_nginx() {
    local dir=$1 port=$2
    shift 2
    local nginx
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
    mkdir -p "$dir/nginx/logs"
    {
        cat <<CONF
worker_processes auto;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    open_file_cache max=100 inactive=60s;
    open_file_cache_valid 60s;
    client_body_temp_path $dir/nginx/client_body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        root $dir/static;
CONF
        for location in "$@"; do echo "        $location"; done
        echo "    }"
        echo "}"
    } > "$dir/nginx/nginx.conf"
    "$nginx" -p "$dir/nginx" -e "$dir/nginx/logs/error.log" -c "$dir/nginx/nginx.conf"
}
