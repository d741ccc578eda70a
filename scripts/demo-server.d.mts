// Types for demo-server.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare const DEMO_ROOT: string;
export declare const LOOPBACK: '127.0.0.1';
export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function startDemoServer(options?: { port?: number; root?: string }): Promise<DemoServer>;
