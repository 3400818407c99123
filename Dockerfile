# Mosty, the application (web/target/mosty/: mosty.jar + lib/) for docker-compose.yml: build it first
#   ./mvnw -q -DskipTests package && docker compose up -d --build
FROM eclipse-temurin:17-jre

# Tesseract with Polish and Ukrainian: OCR of PDF pages without a text layer (skipped without it)
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-pol tesseract-ocr-ukr \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home-dir /var/lib/mosty --shell /usr/sbin/nologin mosty \
 && mkdir -p /var/lib/mosty \
 && chown mosty /var/lib/mosty

# the extracted application: it starts about a quarter faster than the single jar
COPY web/target/mosty/ /opt/mosty/

USER mosty
WORKDIR /var/lib/mosty
# one Tesseract thread per page: two cores are shared by the extraction child JVMs
ENV OMP_THREAD_LIMIT=1 \
    MOSTY_DATA_DIR=/var/lib/mosty \
    JAVA_OPTS="-Xmx1g"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/mosty/mosty.jar \"$@\"", "mosty"]
