// seedrandom's Alea on its own, without the crypto-seeding entry point.
declare module 'seedrandom/lib/alea' {
  import type seedrandom from 'seedrandom';
  const alea: seedrandom['alea'];
  export default alea;
}
