# Kafka Connect for the debezium overlay: Strimzi's Kafka image plus the Debezium PostgreSQL connector, from Maven
# Central. Match STRIMZI_VERSION to the Strimzi operator that runs it, and KAFKA_VERSION to KafkaConnect.spec.version:
#   docker build -f k8s/overlays/debezium/connect.Dockerfile --build-arg STRIMZI_VERSION=1.0.0 \
#       -t ghcr.io/buyonce/connect-debezium:3.2.0 .
ARG STRIMZI_VERSION=1.0.0
ARG KAFKA_VERSION=4.1.1
FROM quay.io/strimzi/kafka:${STRIMZI_VERSION}-kafka-${KAFKA_VERSION}

ARG DEBEZIUM_VERSION=3.2.0.Final
USER root:root
RUN mkdir -p /opt/kafka/plugins/debezium-postgres \
    && curl -fsSL "https://repo1.maven.org/maven2/io/debezium/debezium-connector-postgres/${DEBEZIUM_VERSION}/debezium-connector-postgres-${DEBEZIUM_VERSION}-plugin.tar.gz" \
       | tar -xz -C /opt/kafka/plugins/debezium-postgres
USER 1001
