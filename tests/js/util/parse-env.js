// util.parseEnv: .env parsing rules (quotes, comments, export, multi-line values).
const u = require('util');
const cases = ['A=1\nB = 2 \n#c=3\nexport D=4\nE="quoted # not comment" # comment\nF=\'single\\n\'\nG="dbl\\nline"\nH=`back`\nI=unquoted # comment\nJ=\nK\nL="multi\nline"\n  M  =  spaced  \nN=a=b\nO:colon\nP="unterminated\nQ=q\nA=override', 'X=1\r\nY=2\r\n', 'BAD KEY=1\nGOOD=2', 'X="a"b"', "X=' leading'", 'X=  "sp"  ', 'X=\\\\', 'dot.key=1\nhy-phen=2',
  'T=\ttab\t\nU=x', 'z=1\na=2\nM=3', '=nokey\nA=1', '#only comment', '', 'A', 'A="x\\ny" trailing\nB=2', "A='multi\nline'\nB=1", 'A=`un\nB=2', 'export  SPACED=1', 'A= \n B=2', 'A=1 #c\n\n\n#x\nB=#notcomment', '__proto__=1\nconstructor=2', 'A="unterminated', 'A=\'a\'\'b\'', 'E=""\nF=\'\'', 'A = "x" \nB', 'Ü=ü'];
for (const c of cases) { let r; try { r = u.parseEnv(c); } catch (e) { r = e.message; } console.log(JSON.stringify(c), JSON.stringify(r), Object.getPrototypeOf(r) === Object.prototype); }
for (const bad of [1, null, undefined]) { try { u.parseEnv(bad); } catch (e) { console.log(e.code, e.message); } }
