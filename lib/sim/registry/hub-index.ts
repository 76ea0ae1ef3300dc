/**
 * Docker Hub's search index, as far as the course needs it: the official images of the catalog and
 * the community and verified repositories people find next to them, with their Hub descriptions
 * and star counts (rounded, 2025).
 */

export interface HubRepository {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}

const official = (name: string, stars: number, description: string): HubRepository => ({ name, description, stars, official: true });
const community = (name: string, stars: number, description: string): HubRepository => ({ name, description, stars, official: false });

export const HUB_INDEX: readonly HubRepository[] = [
  official('nginx', 20900, 'Official build of Nginx.'),
  official('alpine', 11400, 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!'),
  official('ubuntu', 17800, 'Ubuntu is a Debian-based Linux operating system based on free software.'),
  official('debian', 5200, "Debian is a Linux distribution that's composed entirely of free and open-source software."),
  official('busybox', 3400, 'Busybox base image.'),
  official('hello-world', 2400, 'Hello World! (an example of minimal Dockerization)'),
  official('httpd', 4900, 'The Apache HTTP Server Project'),
  official('postgres', 14300, 'The PostgreSQL object-relational database system provides reliability and data integrity.'),
  official('mysql', 15900, 'MySQL is a widely used, open-source relational database management system (RDBMS).'),
  official('mariadb', 6000, 'MariaDB Server is a high performing open source relational database, forked from MySQL.'),
  official('redis', 13100, 'Redis is an open source key-value store that functions as a data structure server.'),
  official('mongo', 10500, 'MongoDB document databases provide high availability and easy scalability.'),
  official('registry', 4200, 'Distribution implementation for storing and distributing of container images and artifacts'),
  official('traefik', 3400, 'Traefik, The Cloud Native Edge Router'),
  official('node', 13800, 'Node.js is a JavaScript-based platform for server-side and networking applications.'),
  official('python', 10000, 'Python is an interpreted, interactive, object-oriented, open-source programming language.'),
  official('golang', 5000, 'Go (golang) is a general purpose, higher-level, imperative programming language.'),
  official('eclipse-temurin', 600, 'Official Images for OpenJDK binaries built by Eclipse Temurin.'),
  official('openjdk', 4000, 'Pre-release / non-production builds of OpenJDK'),
  official('wordpress', 5800, 'The WordPress rich content management system can utilize plugins, widgets, and themes.'),
  official('adminer', 2000, 'Database management in a single PHP file.'),
  official('phpmyadmin', 1000, 'phpMyAdmin - A web interface for MySQL and MariaDB.'),
  official('docker', 5000, 'Docker in Docker!'),
  official('elasticsearch', 6300, 'Elasticsearch is a powerful open source search and analytics engine that makes data easy to explore.'),
  official('kibana', 2700, 'Kibana gives shape to any kind of data — structured and unstructured — indexed in Elasticsearch.'),
  official('logstash', 2300, 'Logstash is a tool for managing events and logs.'),
  community('linuxserver/nginx', 230, 'An Nginx container, brought to you by LinuxServer.io.'),
  community('bitnami/nginx', 200, 'Bitnami container image for NGINX'),
  community('nginxinc/nginx-unprivileged', 160, 'Unprivileged NGINX Dockerfiles'),
  community('ubuntu/nginx', 130, 'Nginx, a high-performance reverse proxy & web server. Long-term tracks maintained by Canonical.'),
  community('nginx/nginx-ingress', 100, 'NGINX and  NGINX Plus Ingress Controllers for Kubernetes'),
  community('nginx/unit', 60, 'This repository is retired, use the Docker official images: https://hub.docker.com/_/unit'),
  community('nginx/nginx-prometheus-exporter', 50, 'NGINX Prometheus Exporter for NGINX and NGINX Plus'),
  community('nginxproxy/nginx-proxy', 150, 'Automated nginx proxy for Docker containers using docker-gen'),
  community('bitnami/postgresql', 290, 'Bitnami container image for PostgreSQL'),
  community('ubuntu/postgres', 40, 'PostgreSQL is an open source object-relational database. Long-term tracks maintained by Canonical.'),
  community('bitnami/mysql', 120, 'Bitnami container image for MySQL'),
  community('bitnami/redis', 330, 'Bitnami container image for Redis'),
  community('bitnami/mariadb', 110, 'Bitnami container image for MariaDB'),
  community('bitnami/mongodb', 250, 'Bitnami container image for MongoDB'),
  community('bitnami/node', 80, 'Bitnami container image for Node.js'),
  community('bitnami/python', 30, 'Bitnami container image for Python'),
  community('bitnami/wordpress', 290, 'Bitnami container image for WordPress'),
  community('grafana/grafana', 3300, 'The official Grafana docker container'),
  community('prom/prometheus', 1800, 'Prometheus monitoring system and time series database'),
  community('prom/node-exporter', 1400, 'Exporter for machine metrics'),
  community('aquasec/trivy', 200, 'A Fast Vulnerability Scanner for Containers'),
  community('docker/getting-started', 1500, 'Getting Started tutorial for Docker'),
  community('docker/welcome-to-docker', 100, 'Docker image for new users getting started with Docker.'),
  community('alpine/git', 250, 'A  simple git container running in alpine linux, especially for tiny linux distro.'),
  community('alpine/curl', 20, 'A simple curl container running in alpine linux.'),
  community('progrium/busybox', 70, ''),
  community('radial/busyboxplus', 50, 'Full-chain, Internet enabled, busybox made from scratch. Comes in git and cURL flavors.'),
  community('yauritux/busybox-curl', 20, 'Busybox with CURL'),
  community('selenium/standalone-chrome', 800, 'Selenium Standalone with Chrome'),
];
