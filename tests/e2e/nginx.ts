import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

// Serves a copy of the build through the shipped nginx configuration: a
// throwaway main configuration (pid, temp paths and logs in a temp folder, no
// daemon) whose one server block listens on a free local port and includes
// deploy/nginx/ampelbogen-static.conf as it is. Only the listen line and the
// root differ from the town's HTTPS server block in deploy/nginx/ampelbogen.conf.

export const STATIC_RULES = resolve('deploy/nginx/ampelbogen-static.conf');

export interface Nginx {
  /** e.g. http://localhost:40123 */
  url: string;
  /** The copy of dist/ it serves; a test may change it, as a new upload would. */
  root: string;
  stop(): Promise<void>;
}

/** The nginx binary: NGINX_PATH, else the first on PATH or in the sbin folders. */
export function findNginx(): string {
  const install =
    'The shipped web-server configuration (deploy/nginx/) cannot be checked: ' +
    'install nginx with `apt-get install -y nginx` (Debian; .ci/run does this), ' +
    'or point NGINX_PATH at its binary.';
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`NGINX_PATH=${fromEnv} does not exist. ${install}`);
  }
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const candidate = join(dir, 'nginx');
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(`nginx is not installed. ${install}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Starts nginx on a free port with a fresh copy of dist/; stop() ends it and removes the copy. */
export async function startNginx(): Promise<Nginx> {
  const binary = findNginx();
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ has no build: run `npm run build` first.');
  const dir = await mkdtemp(join(tmpdir(), 'ampelbogen-nginx-'));
  const root = join(dir, 'www');
  await cp(dist, root, { recursive: true });
  const port = await freePort();
  const temp = (name: string) => join(dir, name);
  // As root, the workers would drop to "nobody", who may not read the copy.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : '';
  const config = `
${user}
daemon off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${STATIC_RULES};
  }
}
`;
  await writeFile(temp('nginx.conf'), config);
  const child: ChildProcess = spawn(
    binary,
    ['-p', `${dir}/`, '-e', 'stderr', '-c', temp('nginx.conf')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running) {
      child.kill('SIGQUIT');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  // Ready when the port accepts connections; an nginx that refused the
  // configuration has exited by then, with its reason on stderr.
  for (let tries = 0; ; tries += 1) {
    if (!running || tries === 200) {
      await stop();
      throw new Error(`nginx did not start:\n${log}`);
    }
    if (await accepts(port)) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  return { url: `http://localhost:${port}`, root, stop };
}
